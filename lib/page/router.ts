import { browser, type Browser } from 'wxt/browser';
import { CONTENT_PING, LOOKUP_SELECTION, NEXT_CITATION, PAGE_CITATIONS, REVEAL_CITATION } from '../core/messages';
import { SavedListError } from '../core/errors';
import { listen } from '../runtime/listen';
import { dispatch, handler, senderKind, table, type SenderKind } from '../runtime/message-bus';
import type { PageSession } from './session';

/** What the router asks of the content script's lifecycle (lib/page/start.ts). */
export interface PageState {
  /** The session scanning this page, or null while the site is switched off or settings are loading. */
  session: PageSession | null;
  /** Resolves once the settings have been read. */
  readonly ready: Promise<void>;
  /** A session for a card asked for explicitly (the scanning one, else one that does not scan), or null before the settings are read. */
  lookupSession(): PageSession | null;
  /** Why there is no session to answer with. */
  off(): SavedListError;
  doc: Document;
  /** Removes everything: listeners, sessions (highlights, observers, the card's host). */
  destroy(): void;
}

const EXTENSION: readonly SenderKind[] = ['extension'];

/** The one table of messages a content script answers; only the extension's own pages and worker may send them. */
export function pageRouter(page: PageState) {
  const scanning = () => {
    if (!page.session) throw page.off();
    return page.session;
  };
  return table([
    handler(CONTENT_PING, EXTENSION, () => {
      const win = page.doc.defaultView;
      return { url: page.doc.location?.href ?? '', top: !!win && win === win.top, pdf: page.doc.contentType === 'application/pdf' };
    }),
    handler(PAGE_CITATIONS, EXTENSION, async () => {
      const session = scanning();
      await session.scanner.whenIdle();
      return session.citations();
    }),
    handler(REVEAL_CITATION, EXTENSION, (r) => ({ found: scanning().reveal(r.id, r.index ?? 0) })),
    handler(NEXT_CITATION, EXTENSION, async (r) => ({ moved: page.session ? await page.session.next(r.step === -1 ? -1 : 1) : false })),
    handler(LOOKUP_SELECTION, EXTENSION, async (r) => {
      await page.ready;
      // The reader asked explicitly: answer even where the extension is switched off, without scanning the page.
      const target = page.lookupSession();
      if (!target) throw page.off();
      await target.lookupSelection(r.text);
      return null;
    }),
  ]);
}

/** Answers runtime messages from `answers` until `signal` aborts; strangers get no answer at all. */
export function answerMessages(answers: ReturnType<typeof pageRouter>, signal: AbortSignal): void {
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined =>
    senderKind(sender) === null ? undefined : dispatch(answers, message, sender);
  listen(browser.runtime.onMessage, onMessage, signal);
}
