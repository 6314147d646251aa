import type { Browser } from 'wxt/browser';
import {
  INDEX_CARDS, SAVED_CLEAR, SAVED_EXPORT, SAVED_HEAD, SAVED_IMPORT, SAVED_LIST, SAVED_REMOVE, SAVED_RESTORE, SAVED_SAVE, SAVED_STATE,
  SAVED_UNDO, SAVED_UNSAVE, SAVED_UPDATE,
} from '../core/messages';
import { dispatch, handler, table, type SenderKind } from '../runtime/message-bus';
import { SavedListError } from '../core/errors';
import { isAcceptedPageUrl } from '../core/page-url';
import { savedActions, type SavedDeps, defaultSavedDeps } from './saved-handlers';
import { cardsFor } from './index-handlers';

/** Content scripts run next to untrusted pages: they may do what a card needs and nothing more. */
const CARD: readonly SenderKind[] = ['content', 'extension'];
/** The whole list, its notes, import, export and clear: the extension's own pages only. */
const PAGES: readonly SenderKind[] = ['extension'];

/**
 * The background's one table: every message it answers, who may send it, and what answers it.
 * `dispatch` validates each request against its schema before a handler sees it.
 */
export function backgroundTable(deps: SavedDeps = defaultSavedDeps) {
  const saved = savedActions(deps);
  return table([
    handler(SAVED_STATE, CARD, (r) => saved.state(r.ids)),
    handler(SAVED_SAVE, CARD, (r) => {
      if (!isAcceptedPageUrl(r.item.page.url)) throw new SavedListError('bad-message', 'saved/save: the page address must be http or https');
      return saved.save(r.item);
    }),
    handler(SAVED_UNSAVE, CARD, (r) => saved.unsave(r.id)),
    handler(SAVED_UNDO, CARD, (r) => saved.undo(r.token)),
    handler(INDEX_CARDS, CARD, (r) => cardsFor(r.ids, r.lang)),
    handler(SAVED_REMOVE, PAGES, (r) => saved.remove(r.id)),
    handler(SAVED_RESTORE, PAGES, (r) => saved.restore(r.item)),
    handler(SAVED_LIST, PAGES, () => saved.list()),
    handler(SAVED_HEAD, PAGES, (r) => saved.head(r.limit)),
    handler(SAVED_UPDATE, PAGES, (r) => saved.update(r.id, r.note, r.tags)),
    handler(SAVED_EXPORT, PAGES, (r) => saved.exportAs(r.format, r.lang)),
    handler(SAVED_IMPORT, PAGES, (r) => saved.importText(r.text)),
    handler(SAVED_CLEAR, PAGES, () => saved.clear()),
  ]);
}

let defaultTable: ReturnType<typeof backgroundTable> | null = null;

/**
 * Answers runtime messages. A message from anything but this extension's own pages and content
 * scripts is ignored (undefined means "no answer"); every other answer is a Reply.
 */
export function handleMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  defaultTable ??= backgroundTable();
  return dispatch(defaultTable, message, sender);
}
