import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SavedItem } from '../core/messages';
import { mergeItems, mergePages, noteTime, tagsTime } from './merge';

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
  noteUpdatedAt: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  tagsUpdatedAt: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
}) as fc.Arbitrary<SavedItem>;

describe('mergeItems', () => {
  it('keeps the newer note and tags (the richer note and all tags on a tie), every page address, and the first save time', () => {
    fc.assert(
      fc.property(item, item, (a, b) => {
        const m = mergeItems(a, b);
        const [na, nb] = [noteTime(a), noteTime(b)];
        if (na !== nb) expect(m.note).toBe(na > nb ? a.note : b.note);
        else expect(m.note.trim().length).toBe(Math.max(a.note.trim().length, b.note.trim().length));
        const [ta, tb] = [tagsTime(a), tagsTime(b)];
        expect(new Set(m.tags)).toEqual(new Set(ta > tb ? a.tags : ta < tb ? b.tags : [...a.tags, ...b.tags]));
        expect(new Set(m.pages.map((p) => p.url))).toEqual(new Set([...a.pages, ...b.pages].map((p) => p.url)));
        expect(m.savedAt).toBe(Math.min(a.savedAt, b.savedAt));
        expect(mergeItems(m, b)).toEqual(m);
      }),
    );
  });

  it('past 200 pages, the oldest page gives way to the newest', () => {
    const pages = Array.from({ length: 200 }, (_, i) => ({ url: `https://p${i}.example/`, title: '', sentence: '', savedAt: i + 1 }));
    const merged = mergePages(pages, [{ url: 'https://new.example/', title: '', sentence: '', savedAt: 1000 }]);
    expect(merged).toHaveLength(200);
    expect(merged.at(-1)!.url).toBe('https://new.example/');
    expect(merged[0]!.url).toBe('https://p1.example/');
  });

  it('merging an item with itself changes nothing (importing a file twice is harmless)', () => {
    fc.assert(
      fc.property(item, (a) => {
        const sorted = { ...a, pages: [...a.pages].sort((x, y) => x.savedAt - y.savedAt), noteUpdatedAt: noteTime(a), tagsUpdatedAt: tagsTime(a) };
        expect(mergeItems(sorted, sorted)).toEqual(sorted);
      }),
    );
  });
});
