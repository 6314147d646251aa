import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { CARD, hoverCitation, mirrorCardForAxe, pointAtText, storeSettings } from './page-helpers';

test.describe('hover cards', () => {
  test('hovering a citation opens its card after a short delay; leaving hides it; Esc closes it', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/brief-en.html`);
    const point = await pointAtText(page, 'UNEP/MC/COP.6/INF/28', 0, 5);
    await expect.poll(async () => page.evaluate(() => CSS.highlights.get('mcxref-subtle-document')?.size ?? 0)).toBeGreaterThan(0);
    await page.mouse.move(point.x, point.y);
    await expect(page.locator(CARD)).toBeVisible();
    await expect(page.locator(CARD)).toHaveAccessibleName('UNEP/MC/COP.6/INF/28');
    await expect(page.locator(`${CARD} .badge`)).toHaveText('Document');
    // The card never covers the citation it describes.
    const box = (await page.locator(CARD).boundingBox())!;
    expect(point.y < box.y || point.y > box.y + box.height).toBe(true);
    // Moving onto the card keeps it open.
    await page.mouse.move(box.x + 10, box.y + 10, { steps: 4 });
    await page.waitForTimeout(500);
    await expect(page.locator(CARD)).toBeVisible();
    // Leaving both hides it.
    await page.mouse.move(5, 5);
    await expect(page.locator(CARD)).toHaveCount(0);
    // Esc closes an open card.
    await page.mouse.move(point.x, point.y);
    await expect(page.locator(CARD)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator(CARD)).toHaveCount(0);
  });

  test('the note card shows the title, where the note cites it, and links; French interface follows the setting', async ({ context, server, serviceWorker }) => {
    await storeSettings(serviceWorker, { cardLang: 'fr' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/note-fr.html`);
    const point = await pointAtText(page, 'résolution 6/9', 0, 12);
    await expect.poll(async () => page.evaluate(() => CSS.highlights.get('mcxref-subtle-resolution')?.size ?? 0)).toBe(5);
    await page.mouse.move(point.x, point.y);
    const dialog = page.locator(CARD);
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.badge')).toHaveText('Résolution de l’ANUE');
    await expect(dialog).toContainText('UNEP/EA.6/Res.9');
    await expect(dialog).toContainText('gestion rationnelle des produits chimiques et des déchets');
    await expect(dialog.locator('.cited li')).not.toHaveCount(0);
    // Where the note cites it, by the note's own printed numbering.
    await expect(dialog.locator('.cited .where').first()).toHaveText('Note de bas de page 1');
    const links = await dialog.locator('.links a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^https:\/\//);
    const axe = await new AxeBuilder({ page }).include(await mirrorCardForAxe(page)).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // The close button's name is confirmed by axe (a pass, not "needs review") and reads "Fermer".
    expect(axe.passes.find((r) => r.id === 'button-name')?.nodes.some((n) => n.html.includes('close'))).toBe(true);
    expect(axe.incomplete.flatMap((r) => r.nodes.map((n) => `${r.id}: ${n.html}`)).filter((s) => s.includes('close'))).toEqual([]);
    await expect(dialog.getByRole('button', { name: 'Fermer', exact: true })).toBeVisible();
    // The dark theme too (colour contrast is computed for what is shown).
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => dialog.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 35, 40)');
    const dark = await new AxeBuilder({ page }).include(await mirrorCardForAxe(page)).analyze();
    expect(dark.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('keyboard: the next-citation command walks citations in order and Esc returns focus', async ({ context, server, sendToPage }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/brief-en.html`);
    await expect.poll(async () => page.evaluate(() => CSS.highlights.get('mcxref-subtle-article')?.size ?? 0)).toBeGreaterThan(0);
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'start';
      b.textContent = 'start';
      document.body.prepend(b);
      b.focus();
    });
    await sendToPage(page, { type: 'next-citation' });
    const dialog = page.locator(CARD);
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('h2')).toHaveText(/Article 23/);
    // Focus is in the card: the page sees only the host (the card's closed root hides the rest).
    await expect.poll(() => page.evaluate(() => document.activeElement === (window as unknown as Record<string, ShadowRoot>)['__mcxrefTestCardRoot']?.host)).toBe(true);
    await sendToPage(page, { type: 'next-citation' });
    await expect(dialog.locator('h2')).toHaveText(/Article 16/);
    // The previous-citation command walks back.
    await sendToPage(page, { type: 'next-citation', step: -1 });
    await expect(dialog.locator('h2')).toHaveText(/Article 23/);
    await sendToPage(page, { type: 'next-citation' });
    await expect(dialog.locator('h2')).toHaveText(/Article 16/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('start');
  });

  test('a page that resets every style still gets a readable card', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/hostile/unset.html`);
    const dialog = await hoverCitation(page, 'UNEP/MC/COP.6/INF/28', 3);
    const style = await dialog.evaluate((el) => {
      const s = getComputedStyle(el);
      return { bg: s.backgroundColor, size: parseFloat(s.fontSize), opacity: s.opacity, width: el.getBoundingClientRect().width };
    });
    expect(style.bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(style.size).toBeGreaterThanOrEqual(12);
    expect(style.opacity).toBe('1');
    expect(style.width).toBeGreaterThan(150);
  });

  test('text that tries to inject markup is shown as text and runs nothing', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/hostile/inject.html`);
    const dialog = await hoverCitation(page, 'UNEP/MC/COP.6/INF/28', 3);
    expect(await dialog.locator('img, script').count()).toBe(0);
    const reply = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
    expect(reply).toBeUndefined();
  });

  test('the extension makes no network request of its own', async ({ context, server, foreignRequests }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/note-fr.html`);
    await hoverCitation(page, 'UNEP/MC/COP.6/22');
    await page.waitForTimeout(500);
    expect(foreignRequests).toEqual([]);
  });
});

test('where one phrase names two provisions, the card offers both', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile/overlap.html`);
  await expect.poll(async () => page.evaluate(() => CSS.highlights.get('mcxref-subtle-article')?.size ?? 0)).toBe(2);
  const point = await pointAtText(page, 'article 16', 0, 3);
  await page.mouse.move(point.x, point.y);
  const dialog = page.locator(CARD);
  await expect(dialog).toBeVisible();
  const tabs = dialog.locator('.tabs button');
  await expect(tabs).toHaveCount(2);
  await expect(dialog.locator('h2')).toHaveText('Article 16, paragraph 2, subparagraph (a)');
  await tabs.nth(1).click();
  await expect(dialog.locator('h2')).toHaveText('Article 16, paragraph 2, subparagraph (b)');
  await expect(tabs.nth(1)).toHaveAttribute('aria-pressed', 'true');
});

test('dragging a selection across a citation does not open its card', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/brief-en.html`);
  await expect.poll(async () => page.evaluate(() => CSS.highlights.get('mcxref-subtle-document')?.size ?? 0)).toBeGreaterThan(0);
  const start = await pointAtText(page, 'The secretariat’s activity report', 0, 2);
  const over = await pointAtText(page, 'UNEP/MC/COP.6/INF/28', 0, 6);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(over.x, over.y, { steps: 8 });
  await page.waitForTimeout(700);
  await expect(page.locator(CARD)).toHaveCount(0);
  await page.mouse.up();
  expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toContain('activity report is in UNEP/MC');
});
