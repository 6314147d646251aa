import 'fake-indexeddb/auto';
import type { IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSavedDb, type SavedDB } from './db';
import { SavedListError } from '../core/errors';
import { clearItems, headItems, importItems, listItems, removeItem, restoreItem, saveItem, savedIds, updateItem } from './saved-list';
import { freshName, saveInput, savedItem } from './test-helpers';
import { LIMITS } from '../core/saved-item';

let db: IDBPDatabase<SavedDB>;
beforeEach(async () => {
  db = await openSavedDb(freshName());
});
afterEach(() => db.close());

/** Makes the next `put` abort its transaction with the error a full disk raises. */
function failNextPut(afterPuts = 0): () => void {
  const proto = IDBObjectStore.prototype as unknown as { put: (...args: unknown[]) => IDBRequest };
  const original = proto.put;
  let seen = 0;
  proto.put = function (this: IDBObjectStore, ...args: unknown[]) {
    if (seen++ < afterPuts) return original.apply(this, args);
    proto.put = original;
    this.transaction.abort();
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return () => (proto.put = original);
}

describe('saving', () => {
  it('stores id, kind, title, time, page, an empty note and tags', async () => {
    const item = await saveItem(db, saveInput(), 1000);
    expect(item).toEqual({
      id: 'UNEP/MC/COP.6/INF/28',
      kind: 'document',
      title: 'Title of UNEP/MC/COP.6/INF/28',
      savedAt: 1000,
      updatedAt: 1000,
      pages: [{ url: 'https://example.org/a', title: 'A page', sentence: 'As noted in UNEP/MC/COP.6/INF/28, …', savedAt: 1000 }],
      note: '',
      tags: [],
      noteUpdatedAt: 0,
      tagsUpdatedAt: 0,
    });
    expect(await listItems(db)).toEqual([item]);
  });

  it('saving again from another page adds the page and keeps the first save time', async () => {
    await saveItem(db, saveInput(undefined, 'https://example.org/a'), 1000);
    const again = await saveItem(db, saveInput(undefined, 'https://example.org/b'), 2000);
    expect(again.savedAt).toBe(1000);
    expect(again.pages.map((p) => p.url)).toEqual(['https://example.org/a', 'https://example.org/b']);
    const same = await saveItem(db, saveInput(undefined, 'https://example.org/b'), 3000);
    expect(same.pages).toHaveLength(2);
  });

  it('a save from a 201st page keeps that page and lets the oldest go', async () => {
    for (let i = 0; i < LIMITS.pages; i++) await saveItem(db, saveInput('MC-5/3', `https://p${i}.example/`), 1000 + i);
    const item = await saveItem(db, saveInput('MC-5/3', 'https://newest.example/'), 5000);
    expect(item.pages).toHaveLength(LIMITS.pages);
    expect(item.pages.at(-1)!.url).toBe('https://newest.example/');
    expect(item.pages.some((p) => p.url === 'https://p0.example/')).toBe(false);
    expect((await listItems(db))[0]!.pages).toEqual(item.pages);
  });

  it('two tabs saving at the same moment lose nothing', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `MC-${(i % 6) + 1}/${i + 1}`);
    // Each id is saved from two pages at once, and all ids at once: 80 overlapping transactions.
    await Promise.all(
      ids.flatMap((id, i) => [saveItem(db, saveInput(id, 'https://tab-one.example/'), i), saveItem(db, saveInput(id, 'https://tab-two.example/'), i)]),
    );
    const items = await listItems(db);
    expect(items.map((item) => item.id).sort()).toEqual([...ids].sort());
    for (const item of items) expect(item.pages.map((p) => p.url).sort()).toEqual(['https://tab-one.example/', 'https://tab-two.example/']);
  });

  it('a full disk is reported as such and keeps what was there', async () => {
    const before = await saveItem(db, saveInput('MC-5/3'), 1000);
    const restore = failNextPut();
    try {
      const error = await saveItem(db, saveInput('MC-5/3', 'https://other.example/'), 2000).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SavedListError);
      expect((error as SavedListError).code).toBe('storage-full');
    } finally {
      restore();
    }
    expect(await listItems(db)).toEqual([before]);
  });
});

describe('state, update, remove and undo', () => {
  it('answers which ids are saved', async () => {
    await saveItem(db, saveInput('MC-5/3'));
    await saveItem(db, saveInput('minamata:art16'));
    expect(await savedIds(db, ['MC-5/3', 'MC-5/4', 'minamata:art16'])).toEqual(['MC-5/3', 'minamata:art16']);
    expect(await savedIds(db, [])).toEqual([]);
  });

  it('edits note and tags, cleaning the tags', async () => {
    await saveItem(db, saveInput('MC-5/3'), 1000);
    const edited = await updateItem(db, 'MC-5/3', { note: 'Check para 4', tags: [' mercury ', 'Mercury', '', 'trade  rules'] }, 5000);
    expect(edited.note).toBe('Check para 4');
    expect(edited.tags).toEqual(['mercury', 'trade rules']);
    expect(edited.updatedAt).toBe(5000);
    const noteOnly = await updateItem(db, 'MC-5/3', { note: 'Other' }, 6000);
    expect(noteOnly.tags).toEqual(['mercury', 'trade rules']);
  });

  it('editing an item removed elsewhere says so and writes nothing', async () => {
    const error = await updateItem(db, 'MC-5/3', { note: 'x' }).catch((e: unknown) => e);
    expect((error as SavedListError).code).toBe('not-saved');
    expect(await listItems(db)).toEqual([]);
  });

  it('remove returns the item, and restore puts it back exactly', async () => {
    await saveItem(db, saveInput('MC-5/3'), 1000);
    const edited = await updateItem(db, 'MC-5/3', { note: 'keep me', tags: ['a'] }, 2000);
    const removed = await removeItem(db, 'MC-5/3');
    expect(removed).toEqual(edited);
    expect(await listItems(db)).toEqual([]);
    expect(await removeItem(db, 'MC-5/3')).toBeNull();
    await restoreItem(db, removed!);
    expect(await listItems(db)).toEqual([edited]);
  });

  it('undo after the item was saved again meanwhile merges both', async () => {
    await saveItem(db, saveInput('MC-5/3', 'https://a.example/'), 1000);
    await updateItem(db, 'MC-5/3', { note: 'long note written before removing' }, 1500);
    const removed = (await removeItem(db, 'MC-5/3'))!;
    await saveItem(db, saveInput('MC-5/3', 'https://b.example/'), 3000);
    const back = await restoreItem(db, removed);
    expect(back.note).toBe('long note written before removing');
    expect(back.pages.map((p) => p.url)).toEqual(['https://a.example/', 'https://b.example/']);
    expect(back.savedAt).toBe(1000);
  });

  it('lists the most recently saved first and clears everything', async () => {
    await saveItem(db, saveInput('MC-1/1'), 1);
    await saveItem(db, saveInput('MC-1/2'), 3);
    await saveItem(db, saveInput('MC-1/3'), 2);
    expect((await listItems(db)).map((i) => i.id)).toEqual(['MC-1/2', 'MC-1/3', 'MC-1/1']);
    expect(await headItems(db, 2)).toEqual({ items: (await listItems(db)).slice(0, 2), total: 3 });
    expect(await clearItems(db)).toBe(3);
    expect(await listItems(db)).toEqual([]);
  });
});

describe('import into the list', () => {
  it('adds new items and merges existing ones in one go; a newer note and tags from the file win', async () => {
    await saveItem(db, saveInput('MC-5/3', 'https://mine.example/'), 1000);
    await updateItem(db, 'MC-5/3', { note: 'short', tags: ['mine'] }, 1000);
    const summary = await importItems(db, [
      savedItem('MC-5/3', { note: 'edited later on the other computer', tags: ['theirs'], pages: [{ url: 'https://theirs.example/', title: 'T', sentence: 'S', savedAt: 500 }], savedAt: 500, updatedAt: 3000 }),
      savedItem('minamata:art16'),
    ]);
    expect(summary).toEqual({ added: 1, merged: 1, total: 2 });
    const merged = (await listItems(db)).find((item) => item.id === 'MC-5/3')!;
    expect(merged.note).toBe('edited later on the other computer');
    expect(merged.tags).toEqual(['theirs']);
    expect(merged.pages.map((p) => p.url)).toEqual(['https://theirs.example/', 'https://mine.example/']);
    expect(merged.savedAt).toBe(500);
  });

  it('re-importing an older backup keeps the newer note and tags, field by field', async () => {
    await saveItem(db, saveInput('MC-5/3'), 1000);
    await updateItem(db, 'MC-5/3', { note: 'old note', tags: ['old'] }, 1000);
    const backup = (await listItems(db))[0]!;
    await updateItem(db, 'MC-5/3', { note: 'new' }, 2000);
    // A page saved later moves updatedAt but not the tags' time: the backup's tags are no newer.
    await saveItem(db, saveInput('MC-5/3', 'https://later.example/'), 3000);
    await importItems(db, [{ ...backup, note: 'old note, much longer than the new one', noteUpdatedAt: 1000 }]);
    const after = (await listItems(db))[0]!;
    expect(after.note).toBe('new');
    expect(after.tags).toEqual(['old']);
    // A file from before per-field times: its updatedAt stands in, and it is older.
    await importItems(db, [{ ...savedItem('MC-5/3', { note: 'from an old file', tags: ['file'], updatedAt: 500 }), noteUpdatedAt: undefined, tagsUpdatedAt: undefined }]);
    expect((await listItems(db))[0]!.note).toBe('new');
    expect((await listItems(db))[0]!.tags).toEqual(['old']);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const items = [savedItem('MC-5/3', { note: 'n', tags: ['t'] }), savedItem('minamata:annexA')];
    await importItems(db, items);
    const once = await listItems(db);
    expect(await importItems(db, items)).toEqual({ added: 0, merged: 2, total: 2 });
    expect(await listItems(db)).toEqual(once);
  });

  it('a failure half-way writes none of the file', async () => {
    await saveItem(db, saveInput('MC-5/3'), 1000);
    const before = await listItems(db);
    const restore = failNextPut(5);
    try {
      const items = Array.from({ length: 20 }, (_, i) => savedItem(`MC-2/${i + 1}`));
      const error = await importItems(db, items).catch((e: unknown) => e);
      expect((error as SavedListError).code).toBe('storage-full');
    } finally {
      restore();
    }
    expect(await listItems(db)).toEqual(before);
  });
});
