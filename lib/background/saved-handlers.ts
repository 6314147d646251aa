import * as v from 'valibot';
import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import { SAVED_VERSION_KEY, type Reply, type SavedRequest, type SavedVersion } from '../messages';
import type { SavedDB } from '../store/db';
import { afterCommit, beforeEmptying, guardedDb, verifyAfterFailure } from '../store/live';
import { SavedListError, mayHaveLostData } from '../store/errors';
import type { SizeChange } from '../store/guard';
import { describeIssue } from '../store/schema';
import { clearItems, headItems, importItems, listItems, removeItem, restoreItem, saveItem, savedIds, updateItem } from '../store/saved-list';
import { parseImport } from '../export/import-json';
import { exportFile } from '../export';
import { isCanonicalId } from '../index/ids';
import { savedRequestSchema } from './saved-schemas';

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

const defaultDeps: SavedDeps = {
  db: guardedDb,
  announce: announceChange,
  now: Date.now,
  guard: { afterCommit, beforeEmptying, verifyAfterFailure },
};

/**
 * Validates and answers one saved-list message. Every failure is an answer ({ ok: false } with a
 * code the interface can translate), never a thrown error, so the sender always learns what
 * happened; a change is announced only after its transaction committed.
 */
export async function handleSavedMessage(message: unknown, deps: SavedDeps = defaultDeps): Promise<Reply<unknown>> {
  const parsed = v.safeParse(savedRequestSchema, message);
  if (!parsed.success) {
    const id = (message as { id?: unknown; item?: { id?: unknown } }).id ?? (message as { item?: { id?: unknown } }).item?.id;
    if (id !== undefined && !isCanonicalId(id)) {
      return failure(new SavedListError('unknown-id', `${JSON.stringify(id)} is not a reference id this extension knows`, String(id).slice(0, 80)));
    }
    return failure(new SavedListError('bad-message', `malformed ${describeIssue(parsed.issues)}`));
  }
  try {
    return { ok: true, value: await run(parsed.output as SavedRequest, deps) };
  } catch (error) {
    // The browser may have reset the database on this failure: check and restore before answering,
    // so the reader's next look finds the list (and the popup's notice says what happened).
    if (mayHaveLostData(error)) await deps.guard?.verifyAfterFailure().catch(() => undefined);
    return failure(error instanceof SavedListError ? error : new SavedListError('storage-failed', String(error)));
  }
}

/**
 * Every change is announced after it committed; the marker is written first, so the list's size is
 * on record before anyone reads the change. A marker that could not be written does not turn a
 * committed change into an error.
 */
async function committed(deps: SavedDeps, changed: string[] | null, size: SizeChange): Promise<void> {
  await deps.guard?.afterCommit(size).catch(() => undefined);
  await deps.announce(changed);
}

async function run(request: SavedRequest, deps: SavedDeps): Promise<unknown> {
  const db = await deps.db();
  switch (request.type) {
    case 'saved/save': {
      const now = deps.now();
      const item = await saveItem(db, request.item, now);
      // A new item starts with its first page saved now; an older one keeps its first save time.
      await committed(deps, [item.id], { delta: item.savedAt === now && item.pages.length === 1 ? 1 : 0 });
      return item;
    }
    case 'saved/remove': {
      const removed = await removeItem(db, request.id);
      if (removed) await committed(deps, [request.id], { delta: -1 });
      return removed;
    }
    case 'saved/restore': {
      const wasThere = (await savedIds(db, [request.item.id])).length > 0;
      const item = await restoreItem(db, request.item);
      await committed(deps, [item.id], { delta: wasThere ? 0 : 1 });
      return item;
    }
    case 'saved/state':
      return savedIds(db, request.ids);
    case 'saved/list':
      return listItems(db);
    case 'saved/head':
      return headItems(db, request.limit);
    case 'saved/update': {
      const item = await updateItem(db, request.id, { note: request.note, tags: request.tags }, deps.now());
      await committed(deps, [item.id], { delta: 0 });
      return item;
    }
    case 'saved/export':
      return exportFile(request.format, await listItems(db), deps.now());
    case 'saved/import': {
      const summary = await importItems(db, parseImport(request.text));
      await committed(deps, null, { total: summary.total });
      return summary;
    }
    case 'saved/clear': {
      await deps.guard?.beforeEmptying();
      const count = await clearItems(db);
      await committed(deps, null, { total: 0 });
      return count;
    }
  }
}

function failure(error: SavedListError): Reply<never> {
  return { ok: false, code: error.code, error: error.message, ...(error.detail === undefined ? {} : { detail: error.detail }) };
}
