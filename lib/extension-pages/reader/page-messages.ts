import { browser } from 'wxt/browser';
import type { ReaderSession } from './session';

/**
 * Answers, in the reader page, the messages a content script answers on a web page: the popup's
 * `page-citations` and `reveal-citation`, and the keyboard command's `next-citation`. They reach
 * this page because `tabs.sendMessage` delivers to the extension's own page shown in the tab.
 * Only this extension's senders are heard; every other message (the saved-list and index requests
 * other pages broadcast) gets no answer from here, so the background's answer stands.
 */
export function listenForPageMessages(session: ReaderSession): () => void {
  const onMessage = (message: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const m = message as { type?: unknown; id?: unknown; index?: unknown; step?: unknown };
    switch (m.type) {
      case 'page-citations':
        return session.citations().then((value) => ({ ok: true, value }));
      case 'reveal-citation': {
        if (typeof m.id !== 'string' || (m.index !== undefined && (typeof m.index !== 'number' || !Number.isInteger(m.index) || m.index < 0))) {
          return Promise.resolve({ ok: false, code: 'bad-message', error: 'reveal-citation needs an id and an optional index' });
        }
        return session.reveal(m.id, (m.index as number | undefined) ?? 0).then((found) => ({ ok: true, value: { found } }));
      }
      case 'next-citation':
        return session.next(m.step === -1 ? -1 : 1).then((moved) => ({ ok: true, value: { moved } }));
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
