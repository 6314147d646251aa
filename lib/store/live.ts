import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import { SAVED_VERSION_KEY, type SavedVersion } from '../core/messages';
import { backupInfo, debounced, writeBackup, type StorageArea } from './backup';
import { DB_NAME, DB_VERSION, openSavedDb, type SavedDB } from './db';
import { MARKER_KEY, checkAfterOpen, readMarker, recordChange, recordEmptying, type SizeChange } from './guard';

/**
 * The saved list as the extension's own contexts open it: every new connection is checked against
 * the marker and refilled from the backup when the browser lost the database (lib/store/guard.ts).
 * The background and the popup (an extension page of the same origin, which reads the list
 * directly) both use it; only the background writes.
 */
export const localArea = (): StorageArea => browser.storage.local;
const area = localArea;

/** Tells every open card and popup to read the list again (the same key saved-handlers bumps). */
async function announceAll(): Promise<void> {
  const value: SavedVersion = { rev: Date.now() + Math.random(), changed: null };
  await browser.storage.local.set({ [SAVED_VERSION_KEY]: value });
}

let shared: Promise<IDBPDatabase<SavedDB>> | undefined;

async function openChecked(): Promise<IDBPDatabase<SavedDB>> {
  const db = await openSavedDb(DB_NAME, DB_VERSION, () => (shared = undefined));
  if (await checkAfterOpen(db, area())) await announceAll();
  return db;
}

/**
 * This context's connection, opened (and checked) on first use and reopened after the browser
 * closed it. A cache of a connection, never of data: the service worker may stop at any time.
 */
export function guardedDb(): Promise<IDBPDatabase<SavedDB>> {
  shared ??= openChecked().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/**
 * After a write failed in a way that may have cost the database (lib/core/errors.ts
 * mayHaveLostData): drop this connection, open the database afresh and check it, so a list the
 * browser reset is restored before the reader's next look.
 */
export async function verifyAfterFailure(): Promise<void> {
  const old = shared;
  shared = undefined;
  await old?.then((db) => db.close()).catch(() => undefined);
  await guardedDb();
}

/** Backups wait for 2 s of quiet (a burst of saves or an import costs one), and at most 30 s. */
const backups = debounced(
  async () => {
    const store = area();
    const db = await guardedDb();
    // No marker yet (the first start after an update that brought it): take the list as it is.
    const marker = (await readMarker(store)) ?? (await recordChange(db, store, { delta: 0 }));
    const info = await backupInfo(store);
    if (info && info.rev >= marker.rev) return;
    const backup = await writeBackup(db, store, marker.rev, marker.count === 0);
    // The backup counted the list exactly; the marker's count was kept from the changes.
    const latest = await readMarker(store);
    if (backup && latest?.rev === marker.rev && latest.count !== backup.count) await store.set({ [MARKER_KEY]: { ...latest, count: backup.count } });
  },
  2000,
  30_000,
);

/** After a committed change: record the marker, then back up once changes settle. */
export async function afterCommit(change: SizeChange): Promise<void> {
  await recordChange(await guardedDb(), area(), change);
  backups.schedule();
}

/** Before the reader empties the list on purpose (see recordEmptying). */
export function beforeEmptying(): Promise<void> {
  return recordEmptying(area());
}

/** At worker start: write the backup if the last change never got one (the worker stopped first). */
export function backupIfStale(): void {
  backups.schedule();
}
