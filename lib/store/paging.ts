import type { IDBPDatabase } from 'idb';
import type { SavedItem } from '../core/messages';
import type { SavedDB } from './db';
import { normaliseRecord } from './normalise';

/** Items per read: large enough to be fast (one getAll each), small enough that no read is huge. */
export const PAGE_SIZE = 2000;

/**
 * Reads the whole list in pages of `size`, in key (id) order, each page in its own short
 * transaction: no single answer, message or string holds the whole list, so 100,000 items with long
 * notes read as easily as 10. Keys are unique, so "after the last id" never skips or repeats one;
 * an item written between two pages is seen if its id comes later, and the list's change
 * announcement makes readers read again anyway.
 */
export async function* readPages(db: IDBPDatabase<SavedDB>, size = PAGE_SIZE): AsyncGenerator<SavedItem[]> {
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const batch = await db.getAll('items', range, size);
    if (batch.length === 0) return;
    after = batch.at(-1)!.id;
    yield batch.map((raw) => normaliseRecord(raw)).filter((item): item is SavedItem => item !== null);
    if (batch.length < size) return;
  }
}

/** The whole list, read page by page (see readPages), most recently saved first. */
export async function readAll(db: IDBPDatabase<SavedDB>, size = PAGE_SIZE, onPage?: (loaded: number) => void): Promise<SavedItem[]> {
  const all: SavedItem[] = [];
  for await (const page of readPages(db, size)) {
    for (const item of page) all.push(item);
    onPage?.(all.length);
  }
  return all.sort((a, b) => b.savedAt - a.savedAt);
}
