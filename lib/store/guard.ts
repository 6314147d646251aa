import type { IDBPDatabase } from 'idb';
import * as v from 'valibot';
import type { SavedItem } from '../core/messages';
import { readBackup, backupInfo, type StorageArea } from './backup';
import type { SavedDB } from './db';

/**
 * Noticing that the browser lost the list. Chromium resets an IndexedDB database it cannot write
 * (a full disk during an import took 3,051 items to 0, still empty after a restart). After every
 * committed change the background writes a small marker (how many items, which revision) to
 * `storage.local`, which lives apart from the database; a database that opens empty while the
 * marker says it held items was lost, not emptied by the reader, and is restored from the backup.
 */
export const MARKER_KEY = 'savedListMarker';
/** What the reader is told after a loss; the popup shows it until it is dismissed. */
export const RECOVERY_KEY = 'savedListRecovery';

/** `rev` increases with every change; a backup older than it is stale. */
const markerSchema = v.object({ count: v.number(), rev: v.number() });
export type Marker = v.InferOutput<typeof markerSchema>;

const recoverySchema = v.object({
  /** When the loss was noticed. */
  at: v.number(),
  /** Items the marker said the list held. */
  expected: v.number(),
  /** Items put back from the backup (0: no backup could be read). */
  restored: v.number(),
  /** When the backup used was written, or null when there was none. */
  backupAt: v.nullable(v.number()),
});
export type Recovery = v.InferOutput<typeof recoverySchema>;

/** A stored recovery notice, or null for anything else (none, dismissed, or not one we wrote). */
export function parseRecovery(value: unknown): Recovery | null {
  const parsed = v.safeParse(recoverySchema, value);
  return parsed.success ? parsed.output : null;
}

export async function readMarker(area: StorageArea): Promise<Marker | null> {
  const parsed = v.safeParse(markerSchema, (await area.get(MARKER_KEY))[MARKER_KEY]);
  return parsed.success ? parsed.output : null;
}

/**
 * What a committed change did to the list's size: a known new total (import, clear), or a
 * difference (+1 for a new save, -1 for a removal, 0 for an edit).
 */
export type SizeChange = { total: number } | { delta: number };

/** True when the store holds at least one item: one key read, where a count walks the whole store. */
export async function hasItems(db: IDBPDatabase<SavedDB>): Promise<boolean> {
  return (await db.getAllKeys('items', null, 1)).length > 0;
}

/**
 * Records the list's size after a committed change; answers the new marker. The size is kept from
 * the change itself rather than counted (Chromium counts by walking the store: seconds for
 * 100,000 items); each backup then writes the exact count (lib/store/live.ts).
 */
export async function recordChange(db: IDBPDatabase<SavedDB>, area: StorageArea, change: SizeChange, now = Date.now()): Promise<Marker> {
  const previous = await readMarker(area);
  const nonEmpty = await hasItems(db);
  const count = !nonEmpty ? 0 : 'total' in change ? change.total : Math.max(1, (previous?.count ?? 0) + change.delta);
  const marker: Marker = { count, rev: Math.max(now, (previous?.rev ?? 0) + 1) };
  await area.set({ [MARKER_KEY]: marker });
  return marker;
}

/**
 * Before the reader empties the list on purpose: the marker says 0 first, so that a worker stopped
 * between the clear and its marker can never make the cleared list come back.
 */
export async function recordEmptying(area: StorageArea, now = Date.now()): Promise<void> {
  const previous = await readMarker(area);
  await area.set({ [MARKER_KEY]: { count: 0, rev: Math.max(now, (previous?.rev ?? 0) + 1) } satisfies Marker });
}

/** Puts `items` into the store in one transaction, only if it is still empty; answers how many, or null if it was not. */
async function refill(db: IDBPDatabase<SavedDB>, items: readonly SavedItem[]): Promise<number | null> {
  const tx = db.transaction('items', 'readwrite');
  if ((await tx.store.getAllKeys(null, 1)).length > 0) {
    await tx.done;
    return null;
  }
  await Promise.all(items.map((item) => tx.store.put(item)));
  await tx.done;
  return items.length;
}

/**
 * Checks a freshly opened database against the marker and restores the backup when the list was
 * lost. Safe to run from several contexts at once (the background and a popup): the refill happens
 * only into an empty store, in one transaction, so only the first one writes and reports.
 * Answers the recovery it performed, or null when nothing was lost.
 */
export async function checkAfterOpen(db: IDBPDatabase<SavedDB>, area: StorageArea, now = Date.now()): Promise<Recovery | null> {
  // One key, not a count: Chromium counts by walking the store, and this runs on every open.
  if (await hasItems(db)) return null;
  const marker = await readMarker(area);
  if (!marker || marker.count === 0) return null;
  const backup = await readBackup(area);
  const restored = await refill(db, backup?.items ?? []);
  if (restored === null) return null;
  const recovery: Recovery = { at: now, expected: marker.count, restored, backupAt: backup?.at ?? null };
  const info = await backupInfo(area);
  // The marker now describes the restored list, at the backup's revision, so the backup is not stale.
  await area.set({ [RECOVERY_KEY]: recovery, [MARKER_KEY]: { count: restored, rev: Math.max(marker.rev, info?.rev ?? 0) } satisfies Marker });
  return recovery;
}

/** The recovery the reader has not dismissed yet, or null. */
export async function pendingRecovery(area: StorageArea): Promise<Recovery | null> {
  return parseRecovery((await area.get(RECOVERY_KEY))[RECOVERY_KEY]);
}

export function dismissRecovery(area: StorageArea): Promise<void> {
  return area.remove(RECOVERY_KEY);
}
