import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { storeSettings } from './page-helpers';

/** The part of the service worker's `chrome` global these specs use (tests have no chrome typings). */
interface SyncArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
type WorkerGlobal = typeof globalThis & { chrome: { storage: { sync: SyncArea } } };

/** The settings as stored in the sync area. */
function readSettings(worker: Worker): Promise<unknown> {
  return worker.evaluate(() => (globalThis as WorkerGlobal).chrome.storage.sync.get('settings').then((s) => s.settings));
}

/** axe-core violations as "rule: targets" lines, so a failure names what to fix. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('options page', () => {
  test('has no axe-core violations', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html');
    await expect(page.getByRole('group', { name: 'Citations to highlight' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('has no axe-core violations with a disabled site listed and an error shown', async ({ openExtensionPage, serviceWorker }) => {
    await storeSettings(serviceWorker, { disabledSites: ['example.org', 'news.example.com'] });
    const page = await openExtensionPage('options.html');
    await page.getByLabel('Delay before a card opens, in milliseconds').fill('99999');
    await page.getByLabel('Delay before a card opens, in milliseconds').press('Enter');
    await expect(page.getByRole('status')).toHaveText('Not saved: enter a whole number of milliseconds from 0 to 2000.');
    await expect(page.getByRole('button', { name: 'Remove example.org from the list' })).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });

  test('saves a change at once, and it is still there after a reload', async ({ openExtensionPage, serviceWorker }) => {
    const page = await openExtensionPage('options.html');
    await expect(page).toHaveTitle('Minamata Cross-Reference settings');
    await page.getByLabel('COP decisions, such as MC-5/3').uncheck();
    await page.getByLabel('Underline only').check();
    await page.getByLabel('Card language').selectOption('es');
    const delay = page.getByLabel('Delay before a card opens, in milliseconds');
    await delay.fill('750');
    await delay.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Saved.');

    await expect
      .poll(() => readSettings(serviceWorker))
      .toEqual({
        kinds: { document: true, article: true, resolution: true, decision: false },
        disabledSites: [],
        hoverDelayMs: 750,
        cardLang: 'es',
        highlightStyle: 'underline',
      });

    await page.reload();
    await expect(page.getByLabel('COP decisions, such as MC-5/3')).not.toBeChecked();
    await expect(page.getByLabel('Underline only')).toBeChecked();
    await expect(page.getByLabel('Card language')).toHaveValue('es');
    await expect(page.getByLabel('Delay before a card opens, in milliseconds')).toHaveValue('750');
  });

  test('removes a site from the disable list and follows changes made elsewhere', async ({ openExtensionPage, serviceWorker }) => {
    await storeSettings(serviceWorker, { disabledSites: ['example.org'] });
    const page = await openExtensionPage('options.html');
    await page.getByRole('button', { name: 'Remove example.org from the list' }).click();
    await expect(page.getByRole('status')).toHaveText('The extension works on example.org again.');
    await expect(page.getByRole('listitem')).toHaveCount(0);

    // Another context (the popup's site toggle) changes the settings: the open page follows.
    await storeSettings(serviceWorker, { disabledSites: ['news.example.com'], hoverDelayMs: 120 });
    await expect(page.getByRole('listitem')).toHaveText(/news\.example\.com/);
    await expect(page.getByLabel('Delay before a card opens, in milliseconds')).toHaveValue('120');
  });

  test('a hand-edited stored value does not break the page', async ({ openExtensionPage, serviceWorker }) => {
    await storeSettings(serviceWorker, { hoverDelayMs: 'slow', highlightStyle: 42, kinds: 'all', cardLang: 'fr' });
    const page = await openExtensionPage('options.html');
    await expect(page.getByLabel('Delay before a card opens, in milliseconds')).toHaveValue('300');
    await expect(page.getByLabel('Subtle tint')).toBeChecked();
    await expect(page.getByLabel('Card language')).toHaveValue('fr');
  });
});
