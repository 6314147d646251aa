import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SavedItem } from '../messages';
import { mergeItems } from './merge';

const page = fc.record({
  url: fc.constantFrom('https://a.example/', 'https://b.example/', 'https://c.example/'),
  title: fc.string({ maxLength: 5 }),
  sentence: fc.string({ maxLength: 5 }),
  savedAt: fc.integer({ min: 0, max: 100 }),
});
const item = fc.record({
  id: fc.constant('MC-5/3'),
  kind: fc.constant('decision' as const),
  title: fc.string({ maxLength: 5 }),
  savedAt: fc.integer({ min: 0, max: 100 }),
  updatedAt: fc.integer({ min: 0, max: 100 }),
  pages: fc.array(page, { maxLength: 4 }).map((pages) => [...new Map(pages.map((p) => [p.url, p])).values()]),
  note: fc.string({ maxLength: 20 }),
  tags: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 4 }),
}) as fc.Arbitrary<SavedItem>;

describe('mergeItems', () => {
  it('keeps the richer note, every page address and every tag, and the first save time', () => {
    fc.assert(
      fc.property(item, item, (a, b) => {
        const m = mergeItems(a, b);
        expect(m.note.trim().length).toBe(Math.max(a.note.trim().length, b.note.trim().length));
        expect(new Set(m.pages.map((p) => p.url))).toEqual(new Set([...a.pages, ...b.pages].map((p) => p.url)));
        expect(new Set(m.tags)).toEqual(new Set([...a.tags, ...b.tags]));
        expect(m.savedAt).toBe(Math.min(a.savedAt, b.savedAt));
        expect(mergeItems(m, b)).toEqual(m);
      }),
    );
  });

  it('merging an item with itself changes nothing (importing a file twice is harmless)', () => {
    fc.assert(
      fc.property(item, (a) => {
        const sorted = { ...a, pages: [...a.pages].sort((x, y) => x.savedAt - y.savedAt) };
        expect(mergeItems(sorted, sorted)).toEqual(sorted);
      }),
    );
  });
});
