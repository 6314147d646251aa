import { expect, test } from './fixtures';
import { CARD, citationsWhenIdle, highlightedTexts, highlightTotal, pointAtText } from './page-helpers';

/** A long report: `n` short paragraphs, each citing its own document symbol. */
function longReport(n: number): string {
  const rows: string[] = [];
  for (let i = 1; i <= n; i++) rows.push(`<p id="p${i}">Paragraph ${i} of the Minamata Convention report: see UNEP/MC/COP.6/INF/${i}.</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long report (Minamata Convention)</title></head><body><main>${rows.join('\n')}</main></body></html>`;
}

test('only citations in or near the viewport are painted; scrolling, hover, the keyboard walk and "On this page" reach them all', async ({ context, server, sendToPage }) => {
  server.routes.set('/long-report.html', longReport(400));
  const page = await context.newPage();
  await page.goto(`${server.origin}/long-report.html`);
  // The popup's list comes from the registry: every citation, painted or not.
  expect(await citationsWhenIdle(sendToPage, page)).toHaveLength(400);
  await expect.poll(() => highlightedTexts(page)).toContain('UNEP/MC/COP.6/INF/1');
  const top = await highlightTotal(page);
  expect(top).toBeLessThan(400);
  expect(await highlightedTexts(page)).not.toContain('UNEP/MC/COP.6/INF/400');

  // Scrolling to the end paints the end and lets go of the top.
  await page.evaluate(() => document.getElementById('p400')!.scrollIntoView());
  await expect.poll(() => highlightedTexts(page)).toContain('UNEP/MC/COP.6/INF/400');
  await expect.poll(() => highlightedTexts(page)).not.toContain('UNEP/MC/COP.6/INF/1');
  expect(await highlightTotal(page)).toBeLessThan(400);

  // Hover works on what was just scrolled to.
  const point = await pointAtText(page, 'UNEP/MC/COP.6/INF/398', 0, 4);
  await page.mouse.move(point.x, point.y);
  await expect(page.locator(CARD)).toHaveAccessibleName('UNEP/MC/COP.6/INF/398');
  await page.keyboard.press('Escape');
  await expect(page.locator(CARD)).toHaveCount(0);

  // Back at the top, the keyboard walk backwards wraps to the last citation, far off-screen and unpainted.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => highlightedTexts(page)).not.toContain('UNEP/MC/COP.6/INF/400');
  await sendToPage(page, { type: 'next-citation', step: -1 });
  await expect(page.locator(CARD)).toHaveAccessibleName('UNEP/MC/COP.6/INF/400');
  await expect.poll(() => highlightedTexts(page)).toContain('UNEP/MC/COP.6/INF/400');
});

test('a single-page app of web components replacing its view 50 times keeps no removed tree alive', async ({ context, server }) => {
  // Each view waits for the extension to have read it; on a loaded two-core machine that is slow, never wrong.
  test.setTimeout(180_000);
  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile/churn.html`);
  const cdp = await context.newCDPSession(page);
  /** Live DOM nodes in the page's renderer after a full garbage collection. */
  const liveNodes = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return ((await cdp.send('Memory.getDOMCounters')) as { nodes: number }).nodes;
  };
  const CARDS = 20;
  const show = async (round: number) => {
    await page.evaluate(([r, n]) => (window as unknown as { render: (r: number, n: number) => void }).render(r, n), [round, CARDS] as const);
    // Each view is read by the extension before the next replaces it, as a reader would see it.
    await page.waitForFunction((r) => (window as unknown as { paintedRound: (r: number) => boolean }).paintedRound(r), round, { polling: 'raf' });
  };
  await show(0);
  const perView = await page.evaluate(() => {
    let n = 0;
    for (const card of document.querySelectorAll('x-doc-card')) n += 1 + card.shadowRoot!.querySelectorAll('*').length * 2;
    return n;
  });
  const before = await liveNodes();
  // A deterministic churn rather than a timed one: what leaks, leaks per view, so 50 views
  // (1 000 shadow roots, 50 times the live tree) show any growth, and nothing here depends on speed.
  for (let round = 1; round <= 50; round++) await show(round);
  const after = await liveNodes();
  expect(perView).toBeGreaterThan(500);
  // The retained set stays bounded: less than two views' worth more than before the churn.
  expect(after - before).toBeLessThan(2 * perView);
});
