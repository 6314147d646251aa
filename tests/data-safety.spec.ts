import { writeFile } from 'node:fs/promises';
import type { Page, Worker } from '@playwright/test';
import { toJson } from '../lib/core/export/json';
import type { SavedItem } from '../lib/core/messages';
import { expect, test } from './fixtures';

/**
 * Chromium resets the saved list's IndexedDB database when it cannot write it (a full disk during
 * an import took 3,051 items to 0). These specs do to the built extension what that does: delete
 * the database under a live marker, and fail a transaction the way a full disk does, then check
 * that the reader is told and gets every item back from the automatic backup.
 */
const COUNT = 40;

function items(count: number, from = 0): SavedItem[] {
  return Array.from({ length: count }, (_, k) => {
    const i = k + from;
    const at = Date.UTC(2026, 5, 1) + i * 60_000;
    return {
      id: `UNEP/MC/COP.${(i % 6) + 1}/INF/${i + 1}`,
      kind: 'document',
      title: `Document ${i + 1} — ünïcödé`,
      savedAt: at,
      updatedAt: at,
      pages: [{ url: `https://example.org/${i}`, title: `Page ${i}`, sentence: `See document ${i + 1}.`, savedAt: at }],
      note: i % 2 ? `Reading note ${i}` : '',
      tags: i % 3 ? [] : ['cop'],
    };
  });
}

/** The list as IndexedDB holds it, read from the extension page (same origin), sorted by id. */
function listFrom(page: Page): Promise<SavedItem[]> {
  return page.evaluate(async () => {
    const reply = (await chrome.runtime.sendMessage({ type: 'saved/list' })) as { value: SavedItem[] };
    return reply.value.sort((a, b) => (a.id < b.id ? -1 : 1));
  });
}

/** Imports through the background (as the reader's Import button does) and waits for the backup of it. */
async function seedWithBackup(popup: Page, worker: Worker): Promise<SavedItem[]> {
  const reply = await popup.evaluate((text) => chrome.runtime.sendMessage({ type: 'saved/import', text }), toJson(items(COUNT)));
  expect(reply).toMatchObject({ ok: true, value: { added: COUNT, total: COUNT } });
  // The backup is written once changes have settled (2 s); wait for it rather than for a time.
  await expect
    .poll(() => worker.evaluate(async () => ((await chrome.storage.local.get('savedListBackup')).savedListBackup as { count?: number } | undefined)?.count), {
      timeout: 20_000,
    })
    .toBe(COUNT);
  expect(await worker.evaluate(async () => (await chrome.storage.local.get('savedListMarker')).savedListMarker)).toMatchObject({ count: COUNT });
  return listFrom(popup);
}

test('the browser resets the database under a live marker: the popup says so and every item comes back', async ({ serviceWorker, openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  const before = await seedWithBackup(popup, serviceWorker);

  // What Chromium's reset leaves: the database gone (the open connections step aside and close).
  await serviceWorker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('mc-xref-saved');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );

  await popup.reload();
  const alert = popup.getByRole('alert');
  await expect(alert).toContainText(`Your browser lost the saved list (it held ${COUNT} references)`);
  await expect(alert).toContainText(`${COUNT} references are back`);
  await expect(popup.getByText(`${COUNT} of ${COUNT} shown`)).toBeVisible();
  expect(await listFrom(popup)).toEqual(before);

  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
  await popup.reload();
  await expect(popup.getByText(`${COUNT} of ${COUNT} shown`)).toBeVisible();
  await expect(popup.getByRole('alert')).toHaveCount(0);
});

test('an import fails on a full disk and the browser drops the database: the reader is told, not "nothing was changed", and gets every item back', async ({
  serviceWorker,
  openExtensionPage,
}, testInfo) => {
  const popup = await openExtensionPage('popup.html');
  const before = await seedWithBackup(popup, serviceWorker);

  // The next write in the background fails as on a full disk, and the database is reset with it.
  await serviceWorker.evaluate(() => {
    const proto = IDBObjectStore.prototype as unknown as { put: (...args: unknown[]) => IDBRequest };
    const original = proto.put;
    proto.put = function (this: IDBObjectStore) {
      proto.put = original;
      this.transaction.abort();
      indexedDB.deleteDatabase('mc-xref-saved');
      throw new DOMException('simulated full disk', 'QuotaExceededError');
    };
  });
  const file = testInfo.outputPath('more.json');
  await writeFile(file, toJson(items(5, COUNT)));
  await popup.locator('input[type=file]').setInputFiles(file);

  await expect(popup.getByRole('status')).toContainText('Your browser has no room left to store the saved list, so this change was not saved.');
  await expect(popup.getByRole('status')).not.toContainText(/nothing was changed/i);
  await expect(popup.getByRole('alert')).toContainText(`${COUNT} references are back`);
  await expect(popup.getByText(`${COUNT} of ${COUNT} shown`)).toBeVisible();
  expect(await listFrom(popup)).toEqual(before);
});
