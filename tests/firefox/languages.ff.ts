import { expect, test } from './fixtures';
import { highlightCounts, until } from './harness';

/**
 * The Russian, Chinese and Arabic tables are not in the content script: it imports the
 * web-accessible grammars.js when a page needs them (lib/page/grammars.ts). In Firefox the bundle is
 * reached without use_dynamic_url; each demo note is painted with all its citations once it has loaded.
 */

test.afterEach(({ foreignRequests }) => {
  expect(foreignRequests, 'requests to anything but the test server').toEqual([]);
});

/** Ranges painted, whatever the style, without the flash of a revealed citation. */
const painted = (counts: Record<string, number>): number => Object.entries(counts).filter(([name]) => !name.endsWith('flash')).reduce((a, [, n]) => a + n, 0);

// The counts of tests/six-languages.spec.ts: the twelve citations of the note, and in Russian one more.
for (const [file, total] of [
  ['zapiska-ru.html', 13],
  ['shuoming-zh.html', 12],
  ['mudhakkira-ar.html', 12],
] as const) {
  test(`${file} is painted once its language's grammar has loaded`, async ({ openPage }) => {
    const page = await openPage(file);
    const counts = await until(() => highlightCounts(page), (c) => painted(c) >= total);
    expect(painted(counts)).toBe(total);
  });
}
