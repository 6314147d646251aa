import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import { SAVED_VERSION_KEY, type ExportFormat, type SaveInput, type SavedItem, type SavedVersion } from '../core/messages';
import type { SavedDB } from '../store/db';
import { afterCommit, beforeEmptying, guardedDb, verifyAfterFailure } from '../store/live';
import { mayHaveLostData } from '../core/errors';
import type { SizeChange } from '../store/guard';
import { clearItems, headItems, importItems, listItems, removeItem, restoreItem, saveItem, savedIds, updateItem } from '../store/saved-list';
import { parseImport } from '../core/export/import-json';
import { exportFile } from '../core/export';
import { keepForUndo, takeUndo } from './undo-store';

/** Where the handlers get the database and announce changes; tests pass their own. */
export interface SavedDeps {
  db: () => Promise<IDBPDatabase<SavedDB>>;
  announce: (changed: string[] | null) => Promise<void>;
  now: () => number;
  /** The marker and backup (lib/store/guard.ts); tests that do not exercise them leave it out. */
  guard?: {
    afterCommit(change: SizeChange): Promise<void>;
    beforeEmptying(): Promise<void>;
    verifyAfterFailure(): Promise<void>;
  };
}

/**
 * Tells every tab and extension page that the list changed by rewriting one small key in
 * storage.local (see SAVED_VERSION_KEY). The value always differs from the last one so that
 * onChanged fires even for two changes in the same millisecond.
 */
export async function announceChange(changed: string[] | null): Promise<void> {
  const value: SavedVersion = { rev: Date.now() + Math.random(), changed };
  await browser.storage.local.set({ [SAVED_VERSION_KEY]: value });
}

export const defaultSavedDeps: SavedDeps = {
  db: guardedDb,
  announce: announceChange,
  now: Date.now,
  guard: { afterCommit, beforeEmptying, verifyAfterFailure },
};

/**
 * What each saved-list message does, on requests the router has already validated and whose
 * sender it has checked. A change is announced only after its transaction committed; a failure
 * throws a SavedListError the router turns into a reply.
 */
export function savedActions(deps: SavedDeps) {
  /**
   * Every change is announced after it committed; the marker is written first, so the list's size
   * is on record before anyone reads the change. A marker that could not be written does not turn a
   * committed change into an error.
   */
  const changed = async <T>(ids: string[] | null, size: SizeChange, value: T): Promise<T> => {
    await deps.guard?.afterCommit(size).catch(() => undefined);
    await deps.announce(ids);
    return value;
  };
  /**
   * The browser may reset the database on a failed write (a full disk): check and restore before the
   * error is answered, so the reader's next look finds the list (and the popup says what happened).
   */
  const db = async <T>(work: (db: IDBPDatabase<SavedDB>) => Promise<T>): Promise<T> => {
    try {
      return await work(await deps.db());
    } catch (error) {
      if (mayHaveLostData(error)) await deps.guard?.verifyAfterFailure().catch(() => undefined);
      throw error;
    }
  };
  return {
    async save(input: SaveInput): Promise<{ id: string }> {
      const now = deps.now();
      const item = await db((d) => saveItem(d, input, now));
      // A new item starts with its first page saved now; an older one keeps its first save time.
      return changed([item.id], { delta: item.savedAt === now && item.pages.length === 1 ? 1 : 0 }, { id: item.id });
    },
    async state(ids: string[]): Promise<string[]> {
      return db((d) => savedIds(d, ids));
    },
    /** Unsave from a card: the item is kept for Undo and the card gets only a token. */
    async unsave(id: string): Promise<{ undo: string | null }> {
      const removed = await db((d) => removeItem(d, id));
      if (!removed) return { undo: null };
      const undo = await keepForUndo(removed, deps.now());
      return changed([id], { delta: -1 }, { undo });
    },
    async undo(token: string): Promise<{ restored: boolean }> {
      const item = await takeUndo(token, deps.now());
      if (!item) return { restored: false };
      const wasThere = await db(async (d) => (await savedIds(d, [item.id])).length > 0);
      await db((d) => restoreItem(d, item));
      return changed([item.id], { delta: wasThere ? 0 : 1 }, { restored: true });
    },
    async remove(id: string): Promise<SavedItem | null> {
      const removed = await db((d) => removeItem(d, id));
      return removed ? changed([id], { delta: -1 }, removed) : null;
    },
    async restore(item: SavedItem): Promise<SavedItem> {
      const wasThere = await db(async (d) => (await savedIds(d, [item.id])).length > 0);
      const restored = await db((d) => restoreItem(d, item));
      return changed([restored.id], { delta: wasThere ? 0 : 1 }, restored);
    },
    async list(): Promise<SavedItem[]> {
      return db(listItems);
    },
    async head(limit: number): Promise<{ items: SavedItem[]; total: number }> {
      return db((d) => headItems(d, limit));
    },
    async update(id: string, note: string | undefined, tags: string[] | undefined): Promise<SavedItem> {
      const item = await db((d) => updateItem(d, id, { note, tags }, deps.now()));
      return changed([item.id], { delta: 0 }, item);
    },
    async exportAs(format: ExportFormat, lang?: 'en' | 'fr' | 'es') {
      return exportFile(format, await db(listItems), deps.now(), lang);
    },
    async importText(text: string) {
      const summary = await db((d) => importItems(d, parseImport(text)));
      return changed(null, { total: summary.total }, summary);
    },
    async clear(): Promise<number> {
      await deps.guard?.beforeEmptying();
      const count = await db(clearItems);
      return changed(null, { total: 0 }, count);
    },
  };
}
