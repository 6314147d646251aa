import 'fake-indexeddb/auto';
import type { IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSavedDb, type SavedDB } from './db';
import { readAll, readPages } from './paging';
import { importItems, listItems } from './saved-list';
import { freshName, savedItem } from './test-helpers';

let db: IDBPDatabase<SavedDB>;
beforeEach(async () => {
  db = await openSavedDb(freshName());
});
afterEach(() => db.close());

const many = (n: number) => Array.from({ length: n }, (_, i) => savedItem(`UNEP/MC/COP.${(i % 6) + 1}/INF/${i + 1}`, { savedAt: 1_700_000_000_000 + ((i * 7919) % n) }));

describe('reading the list in pages', () => {
  it('every item once, in pages no larger than asked, most recent first in the end', async () => {
    await importItems(db, many(5000));
    const sizes: number[] = [];
    const seen = new Set<string>();
    for await (const page of readPages(db, 700)) {
      sizes.push(page.length);
      for (const item of page) seen.add(item.id);
    }
    expect(sizes).toEqual([...Array(7).fill(700), 100]);
    expect(seen.size).toBe(5000);
    const loaded: number[] = [];
    const all = await readAll(db, 700, (n) => loaded.push(n));
    expect(all).toEqual(await listItems(db));
    expect(loaded.at(-1)).toBe(5000);
  });

  it('a list that is an exact number of pages, and an empty one', async () => {
    await importItems(db, many(1400));
    const sizes: number[] = [];
    for await (const page of readPages(db, 700)) sizes.push(page.length);
    expect(sizes).toEqual([700, 700]);
    await db.clear('items');
    expect(await readAll(db)).toEqual([]);
  });

  it('an item saved between two pages is not read twice and none is skipped', async () => {
    await importItems(db, many(300));
    const ids: string[] = [];
    for await (const page of readPages(db, 100)) {
      ids.push(...page.map((item) => item.id));
      if (ids.length === 100) await db.put('items', savedItem('UNEP/MC/COP.9/INF/1'));
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('UNEP/MC/COP.9/INF/1');
    expect(ids).toHaveLength(301);
  });
});
