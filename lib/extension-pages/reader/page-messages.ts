import { browser, type Browser } from 'wxt/browser';
import { NEXT_CITATION, PAGE_CITATIONS, REVEAL_CITATION } from '../../core/messages';
import { listen } from '../../runtime/listen';
import { dispatch, handler, senderKind, table, type SenderKind } from '../../runtime/message-bus';
import type { ReaderSession } from './session';

/** The extension's pages and worker, and its content scripts (as before: any sender of this extension). */
const OURS: readonly SenderKind[] = ['extension', 'content'];

/**
 * Answers, in the reader page, the messages a content script answers on a web page: the popup's
 * `page-citations` and `reveal-citation`, and the keyboard command's `next-citation`. They reach
 * this page because `tabs.sendMessage` delivers to the extension's own page shown in the tab.
 * Only this extension's senders are heard, and only these three types: every other message (the
 * saved-list and index requests other pages broadcast) gets no answer from here, so the
 * background's answer stands. Listens until `signal` aborts.
 */
export function listenForPageMessages(session: ReaderSession, signal: AbortSignal): void {
  const answers = table([
    handler(PAGE_CITATIONS, OURS, () => session.citations()),
    handler(REVEAL_CITATION, OURS, async (r) => ({ found: await session.reveal(r.id, r.index ?? 0) })),
    handler(NEXT_CITATION, OURS, async (r) => ({ moved: await session.next(r.step === -1 ? -1 : 1) })),
  ]);
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    const type = typeof message === 'object' && message !== null && 'type' in message ? message.type : undefined;
    if (senderKind(sender) === null || typeof type !== 'string' || !answers.has(type)) return undefined;
    return dispatch(answers, message, sender);
  };
  listen(browser.runtime.onMessage, onMessage, signal);
}
