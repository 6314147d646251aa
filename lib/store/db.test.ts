import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { DB_VERSION, STEPS, openSavedDb } from './db';
import { listItems, saveItem } from './saved-list';
import { savedItemSchema } from '../core/saved-item';
import { saveInput } from './test-helpers';
import { toCsv } from '../core/export/csv';
import { freshName } from './test-helpers';

describe('saved-list database upgrades', () => {
  it('has one upgrade step per version', () => {
    expect(STEPS).toHaveLength(DB_VERSION);
  });

  it('carries a version-1 database with data to the current version without losing anything', async () => {
    const name = freshName();
    // Version 1 exactly as it was: only the first step, and items without tags or updatedAt.
    const v1 = await openSavedDb(name, 1);
    const old = Array.from({ length: 250 }, (_, i) => ({
      id: `UNEP/MC/COP.${(i % 6) + 1}/INF/${i + 1}`,
      kind: 'document',
      title: `Document ${i + 1}, “quoted”, ünïcödé`,
      savedAt: 1_600_000_000_000 + i,
      pages: [{ url: `https://example.org/${i}`, title: 'Page', sentence: 'A sentence.', savedAt: 1_600_000_000_000 + i }],
      note: i % 3 === 0 ? `note ${i}` : '',
    }));
    const tx = v1.transaction('items', 'readwrite');
    for (const item of old) await (tx.store as unknown as { put(v: unknown): Promise<unknown> }).put(item);
    await tx.done;
    expect([...v1.objectStoreNames]).toEqual(['items']);
    v1.close();

    const current = await openSavedDb(name);
    expect(current.version).toBe(DB_VERSION);
    const items = await current.getAll('items');
    expect(items).toHaveLength(old.length);
    for (const before of old) {
      const after = items.find((item) => item.id === before.id);
      expect(after).toEqual({ ...before, tags: [], updatedAt: before.savedAt, noteUpdatedAt: before.note ? before.savedAt : 0, tagsUpdatedAt: 0 });
    }
    // The new index answers the popup's kind filter.
    expect(await current.countFromIndex('items', 'kind', 'document')).toBe(old.length);
    current.close();
  });

  it('repairs malformed version-1 records in the upgrade, so saving them and exporting the list work', async () => {
    const name = freshName();
    const v1 = await openSavedDb(name, 1);
    const tx = v1.transaction('items', 'readwrite');
    const store = tx.store as unknown as { put(v: unknown): Promise<unknown> };
    // No pages, no kind, a number for a title, a tags string: what a buggy old build could leave.
    await store.put({ id: 'MC-5/3', savedAt: 1_600_000_000_000, note: 'kept' });
    await store.put({ id: 'minamata:art16', kind: 'article', title: 7, savedAt: 'x', pages: [{ url: 'https://a.example/' }, null], tags: 'oops' });
    await tx.done;
    v1.close();

    const db = await openSavedDb(name);
    const [decision, article] = await db.getAll('items');
    expect(decision).toEqual({
      id: 'MC-5/3',
      kind: 'decision',
      title: '',
      savedAt: 1_600_000_000_000,
      updatedAt: 1_600_000_000_000,
      pages: [],
      note: 'kept',
      tags: [],
      noteUpdatedAt: 1_600_000_000_000,
      tagsUpdatedAt: 0,
    });
    expect(article).toMatchObject({ kind: 'article', title: '', savedAt: 0, pages: [{ url: 'https://a.example/', title: '', sentence: '', savedAt: 0 }], tags: [] });
    for (const item of [article, decision]) expect(v.safeParse(savedItemSchema, item).success).toBe(true);

    const saved = await saveItem(db, saveInput('MC-5/3', 'https://b.example/'), 1_700_000_000_000);
    expect(saved.pages.map((p) => p.url)).toEqual(['https://b.example/']);
    expect(saved.note).toBe('kept');
    const csv = toCsv(await listItems(db));
    expect(csv).toContain('MC-5/3,decision');
    expect(csv).toContain('minamata:art16,article');
    db.close();
  });

  it('an open older connection steps aside instead of blocking the upgrade', async () => {
    const name = freshName();
    let closed = false;
    const v1 = await openSavedDb(name, 1, () => (closed = true));
    const upgraded = await openDB(name, 2, {
      upgrade(db, oldVersion, _newVersion, tx) {
        for (let step = oldVersion; step < 2; step++) void STEPS[step]!(db as never, tx as never);
      },
    });
    expect(upgraded.version).toBe(2);
    expect(closed).toBe(true);
    upgraded.close();
    v1.close();
  });
});
