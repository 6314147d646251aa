import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import { SAVED_VERSION_KEY, type ExportFormat, type SaveInput, type SavedItem, type SavedVersion } from '../messages';
import type { SavedDB } from '../store/db';
import { savedDb } from '../store/db';
import { clearItems, headItems, importItems, listItems, removeItem, restoreItem, saveItem, savedIds, updateItem } from '../store/saved-list';
import { parseImport } from '../export/import-json';
import { exportFile } from '../export';
import { keepForUndo, takeUndo } from './undo-store';

/** Where the handlers get the database and announce changes; tests pass their own. */
export interface SavedDeps {
  db: () => Promise<IDBPDatabase<SavedDB>>;
  announce: (changed: string[] | null) => Promise<void>;
  now: () => number;
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

export const defaultSavedDeps: SavedDeps = { db: savedDb, announce: announceChange, now: Date.now };

/**
 * What each saved-list message does, on requests the router has already validated and whose
 * sender it has checked. A change is announced only after its transaction committed; a failure
 * throws a SavedListError the router turns into a reply.
 */
export function savedActions(deps: SavedDeps) {
  const changed = async <T>(ids: string[] | null, value: T): Promise<T> => {
    await deps.announce(ids);
    return value;
  };
  return {
    async save(input: SaveInput): Promise<{ id: string }> {
      const item = await saveItem(await deps.db(), input, deps.now());
      return changed([item.id], { id: item.id });
    },
    async state(ids: string[]): Promise<string[]> {
      return savedIds(await deps.db(), ids);
    },
    /** Unsave from a card: the item is kept for Undo and the card gets only a token. */
    async unsave(id: string): Promise<{ undo: string | null }> {
      const removed = await removeItem(await deps.db(), id);
      if (!removed) return { undo: null };
      const undo = await keepForUndo(removed, deps.now());
      return changed([id], { undo });
    },
    async undo(token: string): Promise<{ restored: boolean }> {
      const item = await takeUndo(token, deps.now());
      if (!item) return { restored: false };
      await restoreItem(await deps.db(), item);
      return changed([item.id], { restored: true });
    },
    async remove(id: string): Promise<SavedItem | null> {
      const removed = await removeItem(await deps.db(), id);
      return removed ? changed([id], removed) : null;
    },
    async restore(item: SavedItem): Promise<SavedItem> {
      const restored = await restoreItem(await deps.db(), item);
      return changed([restored.id], restored);
    },
    async list(): Promise<SavedItem[]> {
      return listItems(await deps.db());
    },
    async head(limit: number): Promise<{ items: SavedItem[]; total: number }> {
      return headItems(await deps.db(), limit);
    },
    async update(id: string, note: string | undefined, tags: string[] | undefined): Promise<SavedItem> {
      const item = await updateItem(await deps.db(), id, { note, tags }, deps.now());
      return changed([item.id], item);
    },
    async exportAs(format: ExportFormat, lang?: 'en' | 'fr' | 'es') {
      return exportFile(format, await listItems(await deps.db()), deps.now(), lang);
    },
    async importText(text: string) {
      const summary = await importItems(await deps.db(), parseImport(text));
      return changed(null, summary);
    },
    async clear(): Promise<number> {
      const count = await clearItems(await deps.db());
      return changed(null, count);
    },
  };
}
