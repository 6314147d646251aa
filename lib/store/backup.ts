import type { IDBPDatabase } from 'idb';
import * as v from 'valibot';
import type { SavedItem } from '../core/messages';
import type { SavedDB } from './db';
import { normaliseRecord } from './normalise';
import { readPages } from './paging';

/**
 * The rolling backup of the saved list, kept in `storage.local` (with `unlimitedStorage`) rather
 * than in the IndexedDB database it protects: Chromium may reset that database when the disk is
 * full, and the backup must not go with it. One copy, gzip-compressed JSON (a 100,000-item list is
 * a few MB), replaced as a whole by each write, so it is bounded by the size of the list.
 */
export const BACKUP_KEY = 'savedListBackup';

const backupSchema = v.object({
  /** When it was written (ms since epoch). */
  at: v.number(),
  /** The marker revision it reflects (lib/store/guard.ts). */
  rev: v.number(),
  count: v.number(),
  /** The items as JSON, gzip-compressed, base64 (storage.local holds JSON values only). */
  gzip: v.string(),
});
export type Backup = v.InferOutput<typeof backupSchema>;

/** The part of `browser.storage.local` the guard and the backup use; tests pass an in-memory one. */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // fromCharCode takes arguments: 32 KB at a time stays under every engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Reads the list page by page and compresses it without building one string of the whole list. */
async function compressList(db: IDBPDatabase<SavedDB>): Promise<{ bytes: Uint8Array; count: number }> {
  const parts: string[] = [];
  let count = 0;
  for await (const page of readPages(db)) {
    for (const item of page) parts.push(`${count++ === 0 ? '[' : ','}${JSON.stringify(item)}`);
  }
  parts.push(count === 0 ? '[]' : ']');
  const stream = new Blob(parts).stream().pipeThrough(new CompressionStream('gzip'));
  return { bytes: new Uint8Array(await new Response(stream).arrayBuffer()), count };
}

/**
 * Writes the backup of the list as it is now. An empty list replaces the backup only when the
 * reader emptied it (`listWasEmptied`, from the marker); otherwise an empty database is the very
 * loss the backup exists for, and the backup is kept.
 */
export async function writeBackup(db: IDBPDatabase<SavedDB>, area: StorageArea, rev: number, listWasEmptied: boolean, now = Date.now()): Promise<Backup | null> {
  const { bytes, count } = await compressList(db);
  if (count === 0) {
    if (listWasEmptied) await area.remove(BACKUP_KEY);
    return null;
  }
  const backup: Backup = { at: now, rev, count, gzip: toBase64(bytes) };
  await area.set({ [BACKUP_KEY]: backup });
  return backup;
}

/** The stored backup's description (no items), or null. */
export async function backupInfo(area: StorageArea): Promise<Backup | null> {
  const parsed = v.safeParse(backupSchema, (await area.get(BACKUP_KEY))[BACKUP_KEY]);
  return parsed.success ? parsed.output : null;
}

/** The backup's items, repaired record by record; null when there is no readable backup. */
export async function readBackup(area: StorageArea): Promise<{ items: SavedItem[]; at: number } | null> {
  const backup = await backupInfo(area);
  if (!backup) return null;
  try {
    const stream = new Blob([fromBase64(backup.gzip) as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
    const raw = JSON.parse(await new Response(stream).text()) as unknown;
    if (!Array.isArray(raw)) return null;
    const items = raw.map((r) => normaliseRecord(r)).filter((item): item is SavedItem => item !== null);
    return { items, at: backup.at };
  } catch {
    return null;
  }
}

/**
 * Runs `task` once changes have stopped for `delayMs`, and at the latest `maxWaitMs` after the
 * first change it has not yet covered, so a burst of saves costs one backup and a steady stream
 * still gets one every `maxWaitMs`. Runs never overlap.
 */
export function debounced(task: () => Promise<unknown>, delayMs: number, maxWaitMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending: number | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    timer = undefined;
    firstPending = undefined;
    running = running.then(task, task).catch(() => undefined);
    return running;
  };
  return {
    schedule(now = Date.now()): void {
      firstPending ??= now;
      if (timer !== undefined) clearTimeout(timer);
      const wait = Math.max(0, Math.min(delayMs, firstPending + maxWaitMs - now));
      timer = setTimeout(() => void run(), wait);
    },
    /** Runs a pending task now (tests, and before the worker may stop). */
    flush(): Promise<unknown> {
      if (timer === undefined) return running;
      clearTimeout(timer);
      return run();
    },
  };
}
