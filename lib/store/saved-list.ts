import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { SaveInput, SavedItem, ImportSummary } from '../core/messages';
import type { SavedDB } from './db';
import { SavedListError, storageError } from '../core/errors';
import { normaliseRecord } from './normalise';
import { mergeItems, mergePages } from './merge';
import { LIMITS, normaliseTags } from '../core/saved-item';

/**
 * The saved list's operations over an open database. Each runs in one IndexedDB transaction, so a
 * failure (a full disk, a closed connection) aborts it and leaves the list as it was, and two
 * tabs saving at the same moment are serialised by IndexedDB instead of overwriting each other.
 * Inputs are already validated (lib/background/saved-handlers.ts, lib/core/export/import-json.ts).
 */
type DB = IDBPDatabase<SavedDB>;

type Tx<M extends IDBTransactionMode> = IDBPTransaction<SavedDB, ['items'], M>;

/**
 * Runs `work` in one transaction over the items and waits for it to commit. Any error aborts the
 * transaction (so nothing of it is written) and becomes a SavedListError.
 */
async function inTx<T, M extends IDBTransactionMode>(db: DB, mode: M, work: (tx: Tx<M>) => Promise<T>): Promise<T> {
  let tx: Tx<M> | undefined;
  try {
    tx = db.transaction(['items'], mode) as Tx<M>;
    // An abort also rejects `done`; the error reaches the caller through `work` or the await below.
    tx.done.catch(() => undefined);
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx?.abort();
    } catch {
      // Already committed or aborted: nothing left to undo.
    }
    throw storageError(error);
  }
}

/** Saves a reference, or adds this page to one already saved. */
export function saveItem(db: DB, input: SaveInput, now = Date.now()): Promise<SavedItem> {
  return inTx(db, 'readwrite', async (tx) => {
    const current = normaliseRecord(await tx.store.get(input.id));
    const page = { ...input.page, savedAt: now };
    const item: SavedItem = current
      ? { ...current, pages: mergePages(current.pages, [page]), updatedAt: now }
      : {
          id: input.id,
          kind: input.kind,
          title: input.title,
          savedAt: now,
          updatedAt: now,
          pages: [page],
          note: '',
          tags: [],
          // 0: never written, so an undo or import of a real note is not beaten by this empty one.
          noteUpdatedAt: 0,
          tagsUpdatedAt: 0,
        };
    await tx.store.put(item);
    return item;
  });
}

/** Removes a reference and answers what was removed (null if it was not saved), for undo. */
export function removeItem(db: DB, id: string): Promise<SavedItem | null> {
  return inTx(db, 'readwrite', async (tx) => {
    const current = (await tx.store.get(id)) ?? null;
    if (current) await tx.store.delete(id);
    return current;
  });
}

/** Puts back a removed item; if it was saved again meanwhile, both records are merged. */
export function restoreItem(db: DB, item: SavedItem): Promise<SavedItem> {
  return inTx(db, 'readwrite', async (tx) => {
    const current = normaliseRecord(await tx.store.get(item.id));
    const back = normaliseRecord(item)!;
    const next = current ? mergeItems(current, back) : back;
    await tx.store.put(next);
    return next;
  });
}

/** Which of `ids` are saved. */
export function savedIds(db: DB, ids: readonly string[]): Promise<string[]> {
  return inTx(db, 'readonly', async (tx) => {
    const keys = await Promise.all(ids.map((id) => tx.store.getKey(id)));
    return ids.filter((_, i) => keys[i] !== undefined);
  });
}

/** Every item, most recently saved first. */
export function listItems(db: DB): Promise<SavedItem[]> {
  return inTx(db, 'readonly', async (tx) => (await tx.store.index('savedAt').getAll()).reverse());
}

/** The `limit` most recently saved items. */
export function recentItems(db: DB, limit: number): Promise<SavedItem[]> {
  return inTx(db, 'readonly', async (tx) => {
    const items: SavedItem[] = [];
    for (let cursor = await tx.store.index('savedAt').openCursor(null, 'prev'); cursor && items.length < limit; cursor = await cursor.continue()) {
      items.push(cursor.value);
    }
    return items;
  });
}

/** The `limit` most recently saved items, and the size of the whole list (a count: slow on long lists). */
export async function headItems(db: DB, limit: number): Promise<{ items: SavedItem[]; total: number }> {
  const items = await recentItems(db, limit);
  return { items, total: await inTx(db, 'readonly', (tx) => tx.store.count()) };
}

/** Changes the note and/or tags of a saved reference. */
export function updateItem(db: DB, id: string, change: { note?: string; tags?: string[] }, now = Date.now()): Promise<SavedItem> {
  return inTx(db, 'readwrite', async (tx) => {
    const current = normaliseRecord(await tx.store.get(id));
    if (!current) {
      throw new SavedListError('not-saved', `${id} is not in the saved list (it may have been removed in another tab)`, id);
    }
    const next: SavedItem = {
      ...current,
      note: change.note ?? current.note,
      tags: change.tags ? normaliseTags(change.tags) : current.tags,
      updatedAt: now,
      noteUpdatedAt: change.note === undefined ? current.noteUpdatedAt : now,
      tagsUpdatedAt: change.tags === undefined ? current.tagsUpdatedAt : now,
    };
    await tx.store.put(next);
    return next;
  });
}

/** Empties the list; answers how many items it held. */
export function clearItems(db: DB): Promise<number> {
  return inTx(db, 'readwrite', async (tx) => {
    const count = await tx.store.count();
    await tx.store.clear();
    return count;
  });
}

/**
 * Merges validated items into the list in a single transaction: all of them are written or, on
 * any failure, none. An item already in the list is merged (richer note, both page lists).
 */
export function importItems(db: DB, items: readonly SavedItem[]): Promise<ImportSummary> {
  if (items.length > LIMITS.items) throw new SavedListError('import-too-large', `more than ${LIMITS.items} items`);
  return inTx(db, 'readwrite', async (tx) => {
    let added = 0;
    let merged = 0;
    const incoming = new Map<string, SavedItem>();
    for (const raw of items) {
      // Stored as every record is since schema 3, with per-field times (from updatedAt for older files).
      const item = normaliseRecord(raw)!;
      const twin = incoming.get(item.id);
      incoming.set(item.id, twin ? mergeItems(twin, item) : item);
    }
    await Promise.all(
      [...incoming.values()].map(async (item) => {
        const current = normaliseRecord(await tx.store.get(item.id));
        if (current) merged++;
        else added++;
        await tx.store.put(current ? mergeItems(current, item) : item);
      }),
    );
    const total = await tx.store.count();
    return { added, merged, total };
  });
}
