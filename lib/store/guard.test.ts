import 'fake-indexeddb/auto';
import type { IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_KEY, backupInfo, debounced, readBackup, writeBackup, type StorageArea } from './backup';
import { openSavedDb, type SavedDB } from './db';
import { MARKER_KEY, RECOVERY_KEY, checkAfterOpen, readMarker, recordChange, recordEmptying } from './guard';
import { clearItems, importItems, listItems } from './saved-list';
import { freshName, savedItem } from './test-helpers';

/** storage.local as Chromium keeps it: JSON values, each set written as a whole. */
function memoryArea(): StorageArea & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    async get(key) {
      return data.has(key) ? { [key]: JSON.parse(data.get(key)!) as unknown } : {};
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, JSON.stringify(value));
    },
    async remove(key) {
      data.delete(key);
    },
  };
}

const many = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    savedItem(`UNEP/MC/COP.${(i % 6) + 1}/INF/${i + 1}`, { note: i % 2 ? `Note ${i} — ünïcödé 水銀 “quoted”` : '', tags: i % 3 ? [] : ['t'], savedAt: 1_700_000_000_000 + i }),
  );

let name: string;
let db: IDBPDatabase<SavedDB>;
let area: ReturnType<typeof memoryArea>;
beforeEach(async () => {
  name = freshName();
  db = await openSavedDb(name);
  area = memoryArea();
});
afterEach(() => db.close());

/** What Chromium does to a database it cannot write: gone, and empty when opened again. */
async function resetDatabase(): Promise<IDBPDatabase<SavedDB>> {
  db.close();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
  db = await openSavedDb(name);
  return db;
}

describe('marker', () => {
  it('records the count after each change, with a revision that always grows', async () => {
    await importItems(db, many(3));
    const first = await recordChange(db, area, { total: 3 }, 1000);
    expect(first).toEqual({ count: 3, rev: 1000 });
    const second = await recordChange(db, area, { delta: -1 }, 1000);
    expect(second).toEqual({ count: 2, rev: 1001 });
    // Whatever the arithmetic says, an empty store is recorded as empty, and a non-empty one as not.
    await clearItems(db);
    expect((await recordChange(db, area, { delta: 5 }, 1000)).count).toBe(0);
    await importItems(db, many(1));
    await area.remove(MARKER_KEY);
    const last = await recordChange(db, area, { delta: -1 }, 1000);
    expect(last.count).toBe(1);
    await recordEmptying(area, 900);
    expect(await readMarker(area)).toEqual({ count: 0, rev: last.rev + 1 });
  });
});

describe('backup', () => {
  it('round-trips 5,000 items through gzip, far smaller than their JSON', async () => {
    const items = many(5000);
    await importItems(db, items);
    const backup = (await writeBackup(db, area, 7, false, 1234))!;
    expect(backup).toMatchObject({ at: 1234, rev: 7, count: 5000 });
    expect(backup.gzip.length).toBeLessThan(JSON.stringify(items).length / 5);
    const back = (await readBackup(area))!;
    expect(back.at).toBe(1234);
    expect(back.items.sort((a, b) => a.id.localeCompare(b.id))).toEqual(await listItems(db).then((l) => l.sort((a, b) => a.id.localeCompare(b.id))));
  });

  it('an empty list replaces the backup only when the reader emptied it', async () => {
    await importItems(db, many(2));
    await writeBackup(db, area, 1, false);
    await clearItems(db);
    expect(await writeBackup(db, area, 2, false)).toBeNull();
    expect((await backupInfo(area))?.count).toBe(2);
    await writeBackup(db, area, 3, true);
    expect(area.data.has(BACKUP_KEY)).toBe(false);
  });

  it('a damaged backup reads as none rather than as an empty list', async () => {
    await area.set({ [BACKUP_KEY]: { at: 1, rev: 1, count: 1, gzip: btoa('not gzip') } });
    expect(await readBackup(area)).toBeNull();
  });
});

describe('noticing a lost list', () => {
  it('a database that opens empty under a live marker is refilled from the backup, and the reader is told', async () => {
    const items = many(300);
    await importItems(db, items);
    await recordChange(db, area, { total: 300 }, 1000);
    await writeBackup(db, area, 1000, false, 1500);
    const before = await listItems(db);

    await resetDatabase();
    expect(await listItems(db)).toEqual([]);
    const recovery = await checkAfterOpen(db, area, 2000);
    expect(recovery).toEqual({ at: 2000, expected: 300, restored: 300, backupAt: 1500 });
    expect(await listItems(db)).toEqual(before);
    expect(JSON.parse(area.data.get(RECOVERY_KEY)!)).toEqual(recovery);
    expect((await readMarker(area))?.count).toBe(300);
    // Checked again (another context, a later start): nothing more happens.
    expect(await checkAfterOpen(db, area)).toBeNull();
  });

  it('two contexts checking at once restore once', async () => {
    await importItems(db, many(50));
    await recordChange(db, area, { total: await db.count('items') });
    await writeBackup(db, area, 1, false);
    await resetDatabase();
    const other = await openSavedDb(name);
    const results = await Promise.all([checkAfterOpen(db, area), checkAfterOpen(other, area)]);
    other.close();
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.count('items')).toBe(50);
  });

  it('a list the reader emptied stays empty', async () => {
    await importItems(db, many(5));
    await recordChange(db, area, { total: await db.count('items') });
    await writeBackup(db, area, 1, false);
    await recordEmptying(area);
    await clearItems(db);
    expect(await checkAfterOpen(db, area)).toBeNull();
    expect(await db.count('items')).toBe(0);
    expect(area.data.has(RECOVERY_KEY)).toBe(false);
  });

  it('without a backup the reader is still told what was lost', async () => {
    await importItems(db, many(4));
    await recordChange(db, area, { total: await db.count('items') });
    await resetDatabase();
    expect(await checkAfterOpen(db, area, 5)).toEqual({ at: 5, expected: 4, restored: 0, backupAt: null });
    expect(JSON.parse(area.data.get(MARKER_KEY)!)).toMatchObject({ count: 0 });
  });
});

describe('debounced backups', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a burst of changes costs one run; a steady stream still runs every maxWait', async () => {
    const task = vi.fn(async () => undefined);
    const backup = debounced(task, 2000, 30_000);
    for (let i = 0; i < 10; i++) {
      backup.schedule(i * 100);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(task).toHaveBeenCalledTimes(1);
    // A change every second for 40 s: runs at the 30 s cap, not only after the stream stops.
    const start = 10_000;
    for (let s = 0; s < 40; s++) {
      backup.schedule(start + s * 1000);
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(task).toHaveBeenCalledTimes(2);
    await backup.flush();
    expect(task).toHaveBeenCalledTimes(3);
  });
});
