import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { SavedItem } from '../core/messages';
import { normaliseRecord } from './normalise';

/**
 * The saved list's IndexedDB database. It is opened only in the extension's origin (the
 * background service worker); a content script opening it would create the web page's database,
 * which the page could read.
 */
export const DB_NAME = 'mc-xref-saved';

/**
 * Schema history. Each step upgrades from the version before it; steps only ever get added, so a
 * reader on any older version is carried forward one step at a time without losing an item.
 * 1: store `items` keyed by id, index `savedAt`; items held id, kind, title, savedAt, pages, note.
 * 2: items gain `tags` and `updatedAt` (filled from savedAt); index `kind` for the popup filter.
 * 3: every record normalised (a version-1 record without `pages` survived step 2 and broke Save
 *    and the CSV export); items gain `noteUpdatedAt` and `tagsUpdatedAt` (filled from updatedAt).
 */
export const DB_VERSION = 3;

export interface SavedDB extends DBSchema {
  items: { key: string; value: SavedItem; indexes: { savedAt: number; kind: string } };
}

type UpgradeTx = IDBPTransaction<SavedDB, Array<'items'>, 'versionchange'>;
type Step = (db: IDBPDatabase<SavedDB>, tx: UpgradeTx) => Promise<void> | void;

/** Upgrade steps; `STEPS[n - 1]` brings a database from version n - 1 to n. */
export const STEPS: readonly Step[] = [
  (db) => {
    const items = db.createObjectStore('items', { keyPath: 'id' });
    items.createIndex('savedAt', 'savedAt');
  },
  async (_db, tx) => {
    const items = tx.objectStore('items');
    items.createIndex('kind', 'kind');
    // Only IDB requests are awaited here: awaiting anything else would let the upgrade commit early.
    for (let cursor = await items.openCursor(); cursor; cursor = await cursor.continue()) {
      const old = cursor.value as Partial<SavedItem> & Pick<SavedItem, 'savedAt'>;
      await cursor.update({ ...old, tags: old.tags ?? [], updatedAt: old.updatedAt ?? old.savedAt } as SavedItem);
    }
  },
  async (_db, tx) => {
    const items = tx.objectStore('items');
    for (let cursor = await items.openCursor(); cursor; cursor = await cursor.continue()) {
      // A record without an id cannot exist (the key path is id); anything else is repaired, never dropped.
      const fixed = normaliseRecord(cursor.value);
      if (fixed) await cursor.update(fixed);
    }
  },
];

/**
 * Opens (creating or upgrading) the database. `version` is a parameter so the migration test can
 * create an old layout. An open connection closes itself when a newer version wants the database,
 * so an old popup or service worker never blocks an upgrade.
 */
export function openSavedDb(name = DB_NAME, version = DB_VERSION, onClose?: () => void): Promise<IDBPDatabase<SavedDB>> {
  return openDB<SavedDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let step = oldVersion; step < (newVersion ?? version); step++) await STEPS[step]!(db, tx);
    },
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      onClose?.();
    },
    terminated() {
      onClose?.();
    },
  });
}
