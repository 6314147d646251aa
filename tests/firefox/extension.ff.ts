import { NOTE_FR_CITATIONS, NOTE_FR_KINDS } from '../expected';
import { expect, test } from './fixtures';
import { clickCardSave, focusInCard, highlightCounts, pointAtText, readCard, until } from './harness';

/** Sum of the ranges per kind, whatever the highlight style. */
function byKind(counts: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, size] of Object.entries(counts)) {
    const kind = name.split('-').at(-1)!;
    if (kind !== 'flash') out[kind] = (out[kind] ?? 0) + size;
  }
  return out;
}

test.afterEach(({ foreignRequests }) => {
  expect(foreignRequests, 'requests to anything but the test server').toEqual([]);
});

test('the French note is painted with the same citations as in Chromium', async ({ openPage, sendToPage }) => {
  const page = await openPage('note-fr.html');
  const before = await page.evaluate(() => document.body.innerHTML);
  const counts = await until(() => highlightCounts(page), (c) => Object.values(c).reduce((a, b) => a + b, 0) === 21);
  expect(byKind(counts)).toEqual(NOTE_FR_KINDS);
  const reply = (await sendToPage(page, { type: 'page-citations' })) as { ok: boolean; value: { citations: Array<{ id: string; count: number }> } };
  expect(reply.ok).toBe(true);
  expect(Object.fromEntries(reply.value.citations.map((c) => [c.id, c.count]))).toEqual(NOTE_FR_CITATIONS);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
});

test('resting the real pointer on a citation opens its card (caretPositionFromPoint hit-testing); Esc closes it', async ({ openPage }) => {
  const page = await openPage('brief-en.html');
  await until(() => highlightCounts(page), (c) => (c['mcxref-subtle-document'] ?? 0) > 0);
  const point = await pointAtText(page, 'UNEP/MC/COP.6/INF/28', 5);
  await page.mouse.move(point.x, point.y);
  const card = await until(() => readCard(page), (c) => c !== null);
  expect(card!.name).toBe('UNEP/MC/COP.6/INF/28');
  expect(card!.text).toMatch(/document/i);
  await page.keyboard.press('Escape');
  await until(() => readCard(page), (c) => c === null);
});

test('Save in a card puts the reference in the popup’s saved list', async ({ openPage, openExtension }) => {
  const page = await openPage('brief-en.html');
  await until(() => highlightCounts(page), (c) => (c['mcxref-subtle-document'] ?? 0) > 0);
  const point = await pointAtText(page, 'UNEP/MC/COP.6/INF/28', 5);
  await page.mouse.move(point.x, point.y);
  await until(() => readCard(page), (c) => c?.pressed === 'false');
  await clickCardSave(page);
  await until(() => readCard(page), (c) => c?.pressed === 'true');
  const popup = await openExtension('popup.html');
  const list = await until(
    () => popup.evaluate(() => (document.querySelector('[aria-label="Saved references"]') as HTMLElement | null)?.innerText ?? ''),
    (text) => text.includes('UNEP/MC/COP.6/INF/28'),
  );
  expect(list).toContain('UNEP/MC/COP.6/INF/28');
});

test('a style chosen on the options page repaints an open page without a reload', async ({ openPage, openExtension }) => {
  const page = await openPage('note-fr.html');
  await until(() => highlightCounts(page), (c) => (c['mcxref-subtle-document'] ?? 0) === 11);
  const options = await openExtension('options.html');
  const clicked = await options.evaluate(() => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Underline only');
    const input = (label?.control ?? label?.querySelector('input')) as HTMLInputElement | null;
    input?.click();
    return input?.checked ?? false;
  });
  expect(clicked).toBe(true);
  const counts = await until(() => highlightCounts(page), (c) => (c['mcxref-underline-document'] ?? 0) === 11);
  expect(counts['mcxref-subtle-document']).toBeUndefined();
});

test('the next-citation command’s message walks the page in order, back and forth, with focus in the card', async ({ openPage, sendToPage }) => {
  const page = await openPage('brief-en.html');
  await until(() => highlightCounts(page), (c) => (c['mcxref-subtle-article'] ?? 0) > 0);
  await sendToPage(page, { type: 'next-citation' });
  const heading = () => readCard(page).then((c) => c?.heading ?? '');
  await until(heading, (h) => /Article 23/.test(h));
  expect(await focusInCard(page)).toBe(true);
  await sendToPage(page, { type: 'next-citation' });
  await until(heading, (h) => /Article 16/.test(h));
  await sendToPage(page, { type: 'next-citation', step: -1 });
  await until(heading, (h) => /Article 23/.test(h));
});

test('switching a site off silences its frames from other origins too', async ({ openPage, openExtension }) => {
  const page = await openPage('hostile/cross-origin-frame.html');
  const child = await until(
    async () => page.frames().find((f) => f.url().endsWith('/hostile/frame-child.html')),
    (f) => f !== undefined,
  );
  expect(new URL(child!.url()).hostname).toBe('localhost');
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  await until(() => child!.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('mcxref-')).map((k) => CSS.highlights.get(k)!.size).reduce((a, b) => a + b, 0)), (n) => n === 1);
  await until(() => highlightCounts(page), (c) => total(c) === 1);
  const options = await openExtension('options.html');
  await options.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> }; sync: { set(v: object): Promise<void> } } } }).browser;
    await api.storage.local.set({ settings: { disabledSites: ['127.0.0.1'] } });
    await api.storage.sync.set({ settings: { disabledSites: ['127.0.0.1'] } }).catch(() => undefined);
  });
  await until(() => highlightCounts(page), (c) => total(c) === 0);
  await until(() => child!.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('mcxref-')).map((k) => CSS.highlights.get(k)!.size).reduce((a, b) => a + b, 0)), (n) => n === 0);
});

test('a site with the strictest Content-Security-Policy is painted and carded like any other', async ({ openPage }) => {
  // The page engine, the grammars and the card UI are imported by the content script, not by the page.
  const page = await openPage('note-fr.html?csp=strict');
  const counts = await until(() => highlightCounts(page), (c) => Object.values(c).reduce((a, b) => a + b, 0) === 21);
  expect(byKind(counts)).toEqual(NOTE_FR_KINDS);
  const point = await pointAtText(page, 'UNEP/MC/COP.6/INF/28', 5);
  await page.mouse.move(point.x, point.y);
  const card = await until(() => readCard(page), (c) => c !== null);
  expect(card!.name).toBe('UNEP/MC/COP.6/INF/28');
  const russian = await openPage('zapiska-ru.html?csp=strict');
  await until(() => highlightCounts(russian), (c) => Object.values(c).reduce((a, b) => a + b, 0) >= 13);
});
