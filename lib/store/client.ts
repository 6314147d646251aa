import { browser } from 'wxt/browser';
import {
  SAVED_VERSION_KEY,
  type Reply,
  type SaveInput,
  type SavedItem,
  type SavedRequests,
  type SavedRequestType,
  type SavedVersion,
} from '../messages';
import { SavedListError } from './errors';

export { SavedListError };

/**
 * Sends one saved-list request to the background and unwraps the answer. The content script and
 * the popup both use it, so every caller gets the same typed value or a SavedListError (also when
 * the background could not be reached at all, e.g. while the extension is being updated).
 */
export async function request<K extends SavedRequestType>(
  message: SavedRequests[K]['request'],
): Promise<SavedRequests[K]['value']> {
  let reply: Reply<SavedRequests[K]['value']> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(message)) as Reply<SavedRequests[K]['value']> | undefined;
  } catch (error) {
    throw new SavedListError('storage-failed', `the extension did not answer: ${String(error)}`);
  }
  if (!reply || typeof reply !== 'object') throw new SavedListError('storage-failed', 'the extension did not answer');
  if (!reply.ok) throw new SavedListError(reply.code, reply.error, reply.detail);
  return reply.value;
}

/** Saves a reference from a card (or adds this page to one already saved). */
export function saveReference(item: SaveInput): Promise<SavedItem> {
  return request<'saved/save'>({ type: 'saved/save', item });
}

/** Removes a reference; resolves to what was removed (null if it was not saved), for undo. */
export function unsaveReference(id: string): Promise<SavedItem | null> {
  return request<'saved/remove'>({ type: 'saved/remove', id });
}

/** Which of `ids` are in the list, so a card can show Save or Saved. */
export async function getSavedState(ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set(await request<'saved/state'>({ type: 'saved/state', ids: [...ids] }));
}

/**
 * Calls `callback` whenever the list changes, in any tab or extension page, with the ids that
 * changed (null when many or all did, e.g. after an import or clear). Built on
 * `storage.onChanged` because content scripts can hear it while they cannot hear the extension's
 * IndexedDB or BroadcastChannel. Returns the function that stops listening.
 */
export function onSavedChanged(callback: (changed: string[] | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const change = changes[SAVED_VERSION_KEY];
    if (!change) return;
    const value = change.newValue as SavedVersion | undefined;
    callback(value && Array.isArray(value.changed) ? value.changed : null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
