import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CARD, pointAtText, tabIdOf } from './page-helpers';

/** The saved list straight from the background, to compare before and after. */
function listFrom(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const reply = (await chrome.runtime.sendMessage({ type: 'saved/list' })) as { ok: boolean; value?: unknown };
    return reply.value;
  });
}

async function saveFromCard(page: Page, text: string): Promise<void> {
  // Start from no open card, so the one that opens is the card of `text`.
  await page.bringToFront();
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  await expect(page.locator(CARD)).toHaveCount(0);
  await expect.poll(async () => page.evaluate(() => CSS.highlights.get('mcxref-subtle-document')?.size ?? 0)).toBeGreaterThan(0);
  const point = await pointAtText(page, text, 0, 5);
  await page.mouse.move(point.x, point.y);
  await expect(page.locator(CARD)).toBeVisible();
  const save = page.locator(CARD).getByRole('button', { name: 'Save', exact: true });
  await save.click();
  await expect(page.locator(CARD).getByRole('button', { name: 'Saved', exact: true })).toHaveAttribute('aria-pressed', 'true');
}

test('save from a card, see it in the popup, edit its note, export, clear, import, and find it unchanged', async ({ context, server, serviceWorker, openExtensionPage }, testInfo) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/brief-en.html`);
  await saveFromCard(page, 'UNEP/MC/COP.6/INF/28');

  const popup = await openExtensionPage(`popup.html?tab=${await tabIdOf(serviceWorker, page)}`);
  const rows = popup.getByRole('list', { name: 'Saved references' }).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('UNEP/MC/COP.6/INF/28');

  await popup.getByRole('button', { name: 'Note and tags of UNEP/MC/COP.6/INF/28' }).click();
  await popup.getByRole('textbox', { name: 'Note', exact: true }).fill('Read before the contact group.\nSecond line, with "quotes".');
  await popup.getByLabel('Tags, separated by commas').fill('cop6, secretariat');
  await popup.getByRole('button', { name: 'Save changes' }).click();
  await expect(popup.getByRole('status')).toContainText('Note and tags saved.');
  await expect(rows.first()).toContainText('Read before the contact group.');
  await expect(rows.first()).toContainText('secretariat');
  const before = await listFrom(popup);
  expect(before).toMatchObject([{ id: 'UNEP/MC/COP.6/INF/28', kind: 'document', tags: ['cop6', 'secretariat'], pages: [{ url: page.url() }] }]);

  const downloading = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mc-xref-saved-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('export.json');
  await download.saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'mc-xref-saved-list', version: 1, items: before });

  await popup.getByRole('button', { name: 'Clear the list' }).click();
  await expect(popup.getByText('Remove the 1 saved reference?')).toBeVisible();
  await popup.getByRole('group', { name: 'Clear the list' }).getByRole('button', { name: 'Clear the list' }).click();
  await expect(popup.getByText('No saved references yet.')).toBeVisible();
  expect(await listFrom(popup)).toEqual([]);
  // The card on the page hears about it at once.
  await expect(page.locator(CARD).getByRole('button', { name: 'Save', exact: true })).toHaveAttribute('aria-pressed', 'false');

  await popup.locator('input[type=file]').setInputFiles(file);
  await expect(popup.getByRole('status')).toContainText('Imported — new: 1, merged: 0, in the list: 1.');
  await expect(rows).toHaveCount(1);
  expect(await listFrom(popup)).toEqual(before);
});

test('a bad import file is refused with what is wrong, and the list is unchanged', async ({ openExtensionPage }, testInfo) => {
  const popup = await openExtensionPage('popup.html');
  await popup.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'saved/save', item: { id: 'MC-5/3', kind: 'decision', title: 'A decision', page: { url: 'https://example.org/', title: 'Example', sentence: '' } } }),
  );
  await expect(popup.getByRole('listitem')).toHaveCount(1);
  const before = await listFrom(popup);
  const newer = testInfo.outputPath('newer.json');
  await import('node:fs/promises').then((fs) => fs.writeFile(newer, JSON.stringify({ format: 'mc-xref-saved-list', version: 9, items: [] })));
  await popup.locator('input[type=file]').setInputFiles(newer);
  await expect(popup.getByRole('status')).toContainText('newer version of the extension (format 9)');
  const notJson = testInfo.outputPath('notes.json');
  await import('node:fs/promises').then((fs) => fs.writeFile(notJson, 'title,id\nx,y\n'));
  await popup.locator('input[type=file]').setInputFiles(notJson);
  await expect(popup.getByRole('status')).toContainText('This file is not JSON.');
  expect(await listFrom(popup)).toEqual(before);
});

test('remove with undo, search, filter and sort', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.evaluate(async () => {
    const save = (id: string, kind: string, title: string) =>
      chrome.runtime.sendMessage({ type: 'saved/save', item: { id, kind, title, page: { url: 'https://example.org/', title: 'Example', sentence: '' } } });
    await save('UNEP/MC/COP.6/INF/28', 'document', 'Activities of the secretariat');
    await save('MC-5/3', 'decision', 'Budget decision');
    await save('minamata:art16', 'article', 'Health aspects');
  });
  const rows = popup.getByRole('list', { name: 'Saved references' }).getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('minamata:art16');

  await popup.getByLabel('Sort').selectOption('title');
  await expect(rows.first()).toContainText('Activities of the secretariat');
  await popup.getByLabel('Kind').selectOption('decision');
  await expect(rows).toHaveCount(1);
  await popup.getByLabel('Kind').selectOption('all');
  await popup.getByRole('searchbox', { name: 'Search saved references' }).fill('health');
  await expect(rows).toHaveCount(1);
  await expect(popup.getByText('1 of 3 shown')).toBeVisible();
  await popup.getByRole('searchbox', { name: 'Search saved references' }).fill('');

  await popup.getByRole('button', { name: 'Remove MC-5/3 from the saved list' }).click();
  await expect(popup.getByRole('status')).toContainText('Removed Budget decision.');
  await expect(rows).toHaveCount(2);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(3);
});

test('On this page lists the tab’s citations by kind, reveals one and saves one; a save shows in the open popup at once', async ({ context, server, serviceWorker, openExtensionPage }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/brief-en.html`);
  await expect.poll(async () => page.evaluate(() => CSS.highlights.get('mcxref-subtle-document')?.size ?? 0)).toBeGreaterThan(0);
  const popup = await openExtensionPage(`popup.html?tab=${await tabIdOf(serviceWorker, page)}&view=page`);
  await expect(popup.getByRole('tab', { name: 'On this page' })).toHaveAttribute('aria-selected', 'true');
  const documents = popup.getByRole('region', { name: /^Documents/ });
  await expect(documents).toBeVisible();
  const entry = documents.getByRole('listitem').filter({ hasText: 'UNEP/MC/COP.6/INF/28' }).first();
  await expect(entry).toBeVisible();

  // Clicking it brings that place of the page into view, flashed, with its card.
  await entry.getByRole('button').first().click();
  await expect(page.locator(CARD)).toHaveAccessibleName('UNEP/MC/COP.6/INF/28');

  await entry.getByRole('button', { name: 'Save' }).click();
  await expect(entry.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-pressed', 'true');
  await popup.getByRole('tab', { name: 'Saved' }).click();
  await expect(popup.getByRole('listitem').filter({ hasText: 'UNEP/MC/COP.6/INF/28' })).toHaveCount(1);

  // Saving from a card in the page updates the popup that is already open.
  await saveFromCard(page, 'UNEP/MC/COP.6/22');
  await expect(popup.getByRole('list', { name: 'Saved references' }).getByRole('listitem')).toHaveCount(2);
});

test('axe finds no violations in either popup view, empty or filled', async ({ context, server, serviceWorker, openExtensionPage }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/brief-en.html`);
  await expect.poll(async () => page.evaluate(() => CSS.highlights.get('mcxref-subtle-document')?.size ?? 0)).toBeGreaterThan(0);
  const popup = await openExtensionPage(`popup.html?tab=${await tabIdOf(serviceWorker, page)}`);
  await expect(popup.getByText('No saved references yet.')).toBeVisible();
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);

  await popup.getByRole('tab', { name: 'On this page' }).click();
  await expect(popup.getByRole('region', { name: /^Documents/ })).toBeVisible();
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
  await popup.getByRole('region', { name: /^Documents/ }).getByRole('button', { name: 'Save' }).first().click();

  await popup.getByRole('tab', { name: 'Saved' }).click();
  await expect(popup.getByRole('list', { name: 'Saved references' }).getByRole('listitem')).toHaveCount(1);
  await popup.getByRole('button', { name: /^Note and tags of/ }).click();
  await popup.getByRole('button', { name: 'Clear the list' }).click();
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
});

test('two tabs saving at the same moment lose nothing', async ({ openExtensionPage }) => {
  const [one, two] = await Promise.all([openExtensionPage('popup.html'), openExtensionPage('popup.html')]);
  const saveMany = (page: Page, url: string) =>
    page.evaluate(
      (from) =>
        Promise.all(
          Array.from({ length: 60 }, (_, i) =>
            chrome.runtime.sendMessage({
              type: 'saved/save',
              item: { id: `MC-${(i % 6) + 1}/${i + 1}`, kind: 'decision', title: `Decision ${i + 1}`, page: { url: from, title: from, sentence: '' } },
            }),
          ),
        ),
      url,
    );
  const replies = (await Promise.all([saveMany(one, 'https://one.example/'), saveMany(two, 'https://two.example/')])).flat() as Array<{ ok: boolean }>;
  expect(replies.every((reply) => reply.ok)).toBe(true);
  const list = (await listFrom(one)) as Array<{ id: string; pages: Array<{ url: string }> }>;
  expect(list).toHaveLength(60);
  for (const item of list) expect(item.pages.map((p) => p.url).sort()).toEqual(['https://one.example/', 'https://two.example/']);
  // Both open popups show the whole list.
  await expect(two.getByText('60 of 60 shown')).toBeVisible();
  await expect(one.getByText('60 of 60 shown')).toBeVisible();
});
