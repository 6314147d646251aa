import type { CardLabels } from '../core/card-labels';
import type { CardModel } from './model';
import type { CitationKind } from '../core/detect/types';
import type { SaveInput } from '../core/messages';
import { langOfTag } from '../core/lang';
import { send } from '../runtime/message-bus';
import { getSavedState, onSavedChanged, saveReference, undoUnsave, unsaveReference } from '../runtime/saved';

/**
 * Everything the card asks of the extension, in one object: the card never goes through the page
 * session for it. The content script and the reader page use `extensionPort()`; tests pass a fake.
 * Each call throws a SavedListError when the background says no or cannot be reached.
 */
export interface CardPort {
  /** The cards of some references in `lang`, and the card's interface words. */
  load(refs: ReadonlyArray<{ id: string; kind: CitationKind }>, lang: string): Promise<{ models: CardModel[]; labels: CardLabels }>;
  /** Which of `ids` are in the saved list. */
  savedState(ids: readonly string[]): Promise<Set<string>>;
  save(item: SaveInput): Promise<void>;
  /** Removes a reference; resolves to the token that puts it back (null when it was not saved). */
  unsave(id: string): Promise<string | null>;
  undo(token: string): Promise<void>;
  copy(text: string): Promise<void>;
  /**
   * Calls `listener` with the ids that changed (null: many or all) when the saved list changes
   * elsewhere (another tab, the popup, another frame), until `signal` aborts. A change this port
   * made itself is not reported: its caller already knows the state it set.
   */
  onSavedChanged(listener: (changed: string[] | null) => void, signal: AbortSignal): void;
}

/**
 * Asks the background for the cards of some references and the card's interface words. The index
 * and the i18n catalogues live in the extension's pages and service worker, not in the content
 * script, which keeps the script small on every page; one message per card opening is cheap next
 * to the hover delay.
 */
function loadCardModels(refs: ReadonlyArray<{ id: string; kind: CitationKind }>, lang: string): Promise<{ models: CardModel[]; labels: CardLabels }> {
  return send('index/cards', { ids: refs.map((r) => r.id), lang: langOfTag(lang) ?? 'en' });
}

/** The port the extension's own contexts use: messages to the background, the clipboard, storage events. */
export function extensionPort(copy = (text: string) => navigator.clipboard.writeText(text)): CardPort {
  /**
   * Ids of changes this port made whose announcement has not arrived yet. The background announces
   * a change before it replies, but the two travel apart and may arrive in either order: an id is
   * marked before the request and unmarked by its announcement, or at once if nothing changed.
   */
  const own: string[] = [];
  /** The id each undo token of this port puts back (the token itself is opaque). */
  const undoable = new Map<string, string>();

  const unmark = (id: string) => {
    const at = own.indexOf(id);
    if (at >= 0) own.splice(at, 1);
    return at >= 0;
  };
  /** Runs a change of `id`, expecting its announcement unless it changed nothing or failed. */
  const mine = async <T>(id: string, work: () => Promise<T>, changedNothing: (value: T) => boolean = () => false): Promise<T> => {
    own.push(id);
    try {
      const value = await work();
      if (changedNothing(value)) unmark(id);
      return value;
    } catch (error) {
      unmark(id);
      throw error;
    }
  };

  return {
    load: loadCardModels,
    savedState: getSavedState,
    save: (item) => mine(item.id, () => saveReference(item)),
    unsave: async (id) => {
      const token = await mine(id, () => unsaveReference(id), (t) => t === null);
      if (token !== null) undoable.set(token, id);
      return token;
    },
    undo: (token) => {
      const id = undoable.get(token);
      undoable.delete(token);
      return id === undefined ? undoUnsave(token) : mine(id, () => undoUnsave(token));
    },
    copy,
    // One listener per card controller, and a frame runs one at a time: the first to hear our own change drops it.
    onSavedChanged(listener, signal) {
      onSavedChanged((changed) => (changed?.length === 1 && unmark(changed[0]!)) || listener(changed), signal);
    },
  };
}
