import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { highlightCounts, highlightTotal } from './page-helpers';

/** Ranges painted in one style, summed over the kinds (names are mcxref-<style>-<kind>). */
async function paintedIn(page: Page, style: string): Promise<number> {
  const counts = await highlightCounts(page);
  return Object.entries(counts)
    .filter(([name]) => name.startsWith(`mcxref-${style}-`))
    .reduce((sum, [, n]) => sum + n, 0);
}

test('changes a setting on the options page and sees an open page react without a reload', async ({ context, server, openExtensionPage, serviceWorker, sendToPage }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/note-fr.html`);
  // page-citations answers once the first scan is idle, so the counts below are final.
  await expect.poll(() => sendToPage(page, { type: 'page-citations' }).then((r) => (r as { ok: boolean }).ok, () => false)).toBe(true);
  const total = await highlightTotal(page);
  const decisions = (await highlightCounts(page))['mcxref-subtle-decision'] ?? 0;
  expect(total).toBeGreaterThan(decisions);
  expect(decisions).toBeGreaterThan(0);
  expect(await paintedIn(page, 'subtle')).toBe(total);
  // A mark in the page's own world: it survives only if the page is never reloaded.
  await page.evaluate(() => ((window as unknown as { mcxrefMark: number }).mcxrefMark = 42));

  const options = await openExtensionPage('options.html');

  // Style: every range moves to the names of the new style.
  await options.getByLabel('Underline only').check();
  await expect.poll(() => paintedIn(page, 'underline')).toBe(total);
  expect(await paintedIn(page, 'subtle')).toBe(0);

  // A kind switched off is no longer painted; switched back on, it is painted again.
  await options.getByLabel('COP decisions, such as MC-5/3').uncheck();
  await expect.poll(() => highlightCounts(page).then((c) => c['mcxref-underline-decision'] ?? 0)).toBe(0);
  expect(await highlightTotal(page)).toBe(total - decisions);
  await options.getByLabel('COP decisions, such as MC-5/3').check();
  await expect.poll(() => highlightTotal(page)).toBe(total);

  // Disabled on this site (as the popup's toggle does): highlights removed at once.
  await serviceWorker.evaluate(async (host) => {
    const stored = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(stored.settings as object), disabledSites: [host] } });
  }, new URL(server.origin).hostname);
  await expect.poll(() => highlightTotal(page)).toBe(0);

  // Re-enabled from the options page's list: the page is painted again.
  await options.getByRole('button', { name: `Remove ${new URL(server.origin).hostname} from the list` }).click();
  await expect.poll(() => highlightTotal(page)).toBe(total);
  expect(await paintedIn(page, 'underline')).toBe(total);

  expect(await page.evaluate(() => (window as unknown as { mcxrefMark?: number }).mcxrefMark)).toBe(42);
});
