import { SAVED_VERSION_KEY, type SaveInput } from '../core/messages';
import { watchKey } from './storage-watch';
import { send } from './message-bus';
import { SavedListError } from '../core/errors';

export { SavedListError };

/**
 * What a card asks of the saved list. Each call throws a SavedListError when the background says
 * no or cannot be reached (e.g. while the extension is being updated).
 */

/** Saves a reference from a card (or adds this page to one already saved). */
export async function saveReference(item: SaveInput): Promise<void> {
  await send('saved/save', { item });
}

/** Removes a reference; resolves to the token that puts it back (null if it was not saved). */
export async function unsaveReference(id: string): Promise<string | null> {
  return (await send('saved/unsave', { id })).undo;
}

/** Puts back what `unsaveReference` removed. */
export async function undoUnsave(token: string): Promise<void> {
  const { restored } = await send('saved/undo', { token });
  if (!restored) throw new SavedListError('not-saved', 'too late to undo');
}

/** Which of `ids` are in the list, so a card can show Save or Saved. */
export async function getSavedState(ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set(await send('saved/state', { ids: [...ids] }));
}

/**
 * Calls `callback` whenever the list changes, in any tab or extension page, with the ids that
 * changed (null when many or all did, e.g. after an import or clear). Built on `storage.onChanged` because content scripts can hear it
 * while they cannot hear the extension's IndexedDB or BroadcastChannel. Stops when `signal`
 * aborts.
 */
export function onSavedChanged(callback: (changed: string[] | null) => void, signal: AbortSignal): void {
  watchKey(
    SAVED_VERSION_KEY,
    ['local'],
    // Checked by hand, not with savedVersionSchema: this runs in the content script of every page.
    ({ newValue }) => {
      const ids = typeof newValue === 'object' && newValue !== null && 'changed' in newValue ? newValue.changed : null;
      callback(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : null);
    },
    signal,
  );
}
