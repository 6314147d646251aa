import { NOTE_FR_CITATIONS, NOTE_FR_KINDS } from './expected';
import { expect, test } from './fixtures';
import { CARD, citationsWhenIdle, highlightCounts, highlightTotal, highlightedTexts, pointAtText } from './page-helpers';

test.describe('finding and painting citations', () => {
  test('the French note has every citation painted, and the page DOM is untouched', async ({ context, server, sendToPage }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/note-fr.html`);
    const before = await page.evaluate(() => document.body.innerHTML);
    await expect.poll(() => highlightTotal(page)).toBe(21);
    const counts = await highlightCounts(page);
    for (const [kind, n] of Object.entries(NOTE_FR_KINDS)) expect(counts[`mcxref-subtle-${kind}`], kind).toBe(n);
    const texts = await highlightedTexts(page);
    expect(texts).toContain('UNEP/MC/COP.5/INF/28');
    expect(texts).toContain('décision MC-6/[--]');
    expect(texts.filter((t) => t.includes('6/4'))).toHaveLength(1);
    // Nothing was added to or changed in the page itself.
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    expect(await page.evaluate(() => [...document.documentElement.children].map((el) => el.tagName))).toEqual(['HEAD', 'BODY']);
    const reply = (await sendToPage(page, { type: 'page-citations' })) as { ok: boolean; value: { citations: Array<{ id: string; count: number }> } };
    expect(reply.ok).toBe(true);
    const byId = Object.fromEntries(reply.value.citations.map((c) => [c.id, c.count]));
    expect(byId).toEqual(NOTE_FR_CITATIONS);
  });

  test('a site with the strictest Content-Security-Policy is painted and carded like any other', async ({ context, server }) => {
    const page = await context.newPage();
    const csp: string[] = [];
    page.on('console', (m) => m.text().includes('Content Security Policy') && csp.push(m.text()));
    const response = await page.goto(`${server.origin}/note-fr.html?csp=strict`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    // The page engine, the card UI and the grammars are imported by the content script, not by the page.
    await expect.poll(() => highlightTotal(page)).toBe(21);
    const point = await pointAtText(page, 'UNEP/MC/COP.6/INF/28', 0, 5);
    await page.mouse.move(point.x, point.y);
    await expect(page.locator(CARD)).toContainText('UNEP/MC/COP.6/INF/28');
    expect(csp).toEqual([]);
  });

  test('text inside an open shadow root and a same-origin frame is painted', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/hostile/shadow.html`);
    await expect.poll(() => highlightedTexts(page)).toEqual(['UNEP/MC/COP.6/INF/31']);
    await page.goto(`${server.origin}/hostile/frame-host.html`);
    await expect.poll(() => highlightedTexts(page)).toEqual(['UNEP/MC/COP.6/22']);
    const frame = page.frameLocator('#f');
    await expect(frame.locator('#in-frame')).toBeVisible();
    const child = page.frames().find((f) => f.url().endsWith('frame-child.html'))!;
    await expect.poll(() => highlightedTexts(child)).toEqual(['UNEP/MC/COP.6/INF/32']);
    // A frame written by the page itself (srcdoc) too.
    await page.goto(`${server.origin}/hostile/srcdoc.html`);
    const srcdoc = page.frames().find((f) => f !== page.mainFrame())!;
    await expect(page.frameLocator('#f').locator('#in-srcdoc')).toBeVisible();
    await expect.poll(() => highlightedTexts(srcdoc)).toEqual(['UNEP/MC/COP.6/INF/34']);
  });

  test('content added after load is painted, and removed content loses its highlights', async ({ context, server, sendToPage }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/hostile/late.html`);
    // page-citations answers once the scan is idle: nothing is painted because nothing was found, not because it is early.
    expect(await citationsWhenIdle(sendToPage, page)).toEqual([]);
    expect(await highlightTotal(page)).toBe(0);
    await page.evaluate(() => (window as unknown as { addItem: (t: string) => void }).addItem('New item: decision MC-5/3 and UNEP/MC/COP.6/INF/33.'));
    // How soon is a figure for `npm run bench:page`; here only that it happens.
    await expect.poll(() => highlightTotal(page)).toBe(2);
    await page.evaluate(() => (window as unknown as { removeItems: () => void }).removeItems());
    await expect.poll(() => highlightTotal(page)).toBe(0);
  });

  test('a page whose app re-renders the text under citations keeps working, with no errors', async ({ context, server, sendToPage }) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${server.origin}/hostile/rerender.html`);
    await expect.poll(() => highlightedTexts(page)).toEqual(['UNEP/MC/COP.6/INF/28', 'article 23, paragraph 5 (b)']);
    for (let i = 0; i < 5; i++) await page.click('#inc');
    await expect(page.locator('#inc')).toHaveText('Clicked 5');
    // Once the scanner has caught up with the re-renders, the same two citations are painted, no stale range left.
    await citationsWhenIdle(sendToPage, page);
    await expect.poll(() => highlightedTexts(page)).toEqual(['UNEP/MC/COP.6/INF/28', 'article 23, paragraph 5 (b)']);
    expect(errors).toEqual([]);
  });

  test('text areas and contenteditable regions are left alone and stay editable', async ({ context, server, sendToPage }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/hostile/editable.html`);
    await expect.poll(() => highlightedTexts(page)).toEqual(['UNEP/MC/COP.6/22']);
    await page.click('#ce');
    await page.keyboard.press('End');
    await page.keyboard.type(' See also UNEP/MC/COP.6/INF/34.');
    await page.fill('#ta', 'Now citing UNEP/MC/COP.6/INF/35 here');
    // Wait for the scanner to have handled the edits (it answers when idle), then check nothing new was found.
    expect((await citationsWhenIdle(sendToPage, page)).map((c) => c.id)).toEqual(['UNEP/MC/COP.6/22']);
    expect(await highlightedTexts(page)).toEqual(['UNEP/MC/COP.6/22']);
    await expect(page.locator('#ce')).toContainText('See also UNEP/MC/COP.6/INF/34.');
    await expect(page.locator('#ta')).toHaveValue('Now citing UNEP/MC/COP.6/INF/35 here');
  });
});
