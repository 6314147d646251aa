import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../messages';
import { savedItem } from '../../store/test-helpers';
import { chunks, exportParts } from './chunked';
import { exportFile } from './index';

const items = Array.from({ length: 23 }, (_, i) =>
  savedItem(i % 2 ? `MC-${(i % 5) + 1}/${i}` : `minamata:art${(i % 35) + 1}`, {
    note: i % 3 ? `Line one ${i}\nline "two", with comma` : '',
    tags: i % 4 ? [] : ['a', 'b'],
    savedAt: 1_700_000_000_000 + i * 86_400_000,
  }),
);

describe('exports in pieces', () => {
  it.each(EXPORT_FORMATS)('%s: the pieces joined are exactly the one-piece file, for any piece size and for an empty list', (format) => {
    const whole = exportFile(format, items, 42);
    for (const size of [1, 2, 7, 23, 100]) {
      const file = exportParts(format, chunks(items, size), 42);
      expect(file.filename).toBe(whole.filename);
      expect(file.mime).toBe(whole.mime);
      expect(file.parts.join('')).toBe(whole.text);
      expect(file.parts.length).toBeGreaterThanOrEqual(Math.ceil(items.length / size));
    }
    expect(exportParts(format, chunks([], 5), 42).parts.join('')).toBe(exportFile(format, [], 42).text);
  });

  it('100,000 items in pieces of 2,000: each piece is small, and every item is in the file', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => savedItem(`UNEP/MC/COP.${(i % 6) + 1}/INF/${i + 1}`, { note: `n${i}` }));
    const file = exportParts('csv', chunks(many), 1);
    expect(file.parts).toHaveLength(51);
    expect(Math.max(...file.parts.map((p) => p.length))).toBeLessThan(1_000_000);
    expect(file.parts.join('').split('\r\n').length - 2).toBe(100_000);
  });
});
