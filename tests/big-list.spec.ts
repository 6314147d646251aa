import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { seedDirectly } from './seed';

/**
 * 100,000 saved items (about 40 MB as JSON): past what one runtime message carries once notes are
 * long, so the popup must read the list in pages and exports must be built in pieces. Figures
 * (first rows, load, export time) come from `npm run bench:popup -- 100000`; this spec checks the
 * mechanism only.
 */
const COUNT = 100_000;

test('with 100,000 saved items the popup shows them all and an export holds every one', async ({ openExtensionPage }, testInfo) => {
  test.setTimeout(240_000);
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByText('No saved references yet.')).toBeVisible();
  expect(await seedDirectly(popup, COUNT)).toBe(COUNT);

  await popup.reload();
  await expect(popup.getByText(`${COUNT} of ${COUNT} shown`)).toBeVisible({ timeout: 60_000 });
  const rows = popup.getByRole('list', { name: 'Saved references' }).getByRole('listitem');
  await expect(rows.first()).toContainText(`UNEP/MC/COP.${((COUNT - 1) % 6) + 1}/INF/${Math.floor((COUNT - 1) / 6) + 1}`);

  for (const format of ['json', 'csv'] as const) {
    await popup.getByLabel('Export as').selectOption(format);
    const downloading = popup.waitForEvent('download', { timeout: 120_000 });
    await popup.getByRole('button', { name: 'Export', exact: true }).click();
    const file = testInfo.outputPath(`all.${format}`);
    await (await downloading).saveAs(file);
    const text = await readFile(file, 'utf8');
    if (format === 'json') {
      const items = (JSON.parse(text) as { items: Array<{ id: string }> }).items;
      expect(items).toHaveLength(COUNT);
      expect(new Set(items.map((item) => item.id)).size).toBe(COUNT);
    } else {
      // One header row, then one record per item; records start with the id (no cell here holds CRLF).
      expect(text.split('\r\n').filter((line) => line.startsWith('UNEP/MC/COP.'))).toHaveLength(COUNT);
    }
  }
});
