import { browser, type Browser } from 'wxt/browser';
import { CONTENT_PING, LOOKUP_SELECTION, NEXT_CITATION, PAGE_CITATIONS, REVEAL_CITATION } from '../core/messages';
import { SavedListError } from '../core/errors';
import { listen } from '../runtime/listen';
import { dispatch, handler, senderKind, table, type SenderKind } from '../runtime/message-bus';
import type { PageSession } from './session';

/** What the router asks of the content script's lifecycle (lib/page/start.ts). */
export interface PageState {
  /** The session scanning this page, or null while the site is switched off, settings are loading or no text has needed it yet. */
  session: PageSession | null;
  /** Resolves once the settings have been read. */
  readonly ready: Promise<void>;
  /** The scanning session, started now (engine loaded) if it has not started yet; rejects with off() where the site is switched off. */
  scanning(): Promise<PageSession>;
  /** A session for a card asked for explicitly: the scanning one, else one that does not scan (the engine is loaded for it). */
  lookupSession(): Promise<PageSession>;
  /** Why there is no session to answer with. */
  off(): SavedListError;
  doc: Document;
  /** Removes everything: listeners, sessions (highlights, observers, the card's host). */
  destroy(): void;
}

const EXTENSION: readonly SenderKind[] = ['extension'];

/** The one table of messages a content script answers; only the extension's own pages and worker may send them. */
export function pageRouter(page: PageState) {
  return table([
    handler(CONTENT_PING, EXTENSION, () => {
      const win = page.doc.defaultView;
      return { url: page.doc.location?.href ?? '', top: !!win && win === win.top, pdf: page.doc.contentType === 'application/pdf' };
    }),
    handler(PAGE_CITATIONS, EXTENSION, async () => {
      const session = await page.scanning();
      await session.scanner.whenIdle();
      return session.citations();
    }),
    handler(REVEAL_CITATION, EXTENSION, async (r) => ({ found: (await page.scanning()).reveal(r.id, r.index ?? 0) })),
    handler(NEXT_CITATION, EXTENSION, async (r) => {
      // Where the site is switched off, the keyboard shortcut does nothing (no error to show).
      const session = await page.scanning().catch((error: unknown) => (error instanceof SavedListError ? null : Promise.reject(error)));
      return { moved: session ? await session.next(r.step === -1 ? -1 : 1) : false };
    }),
    handler(LOOKUP_SELECTION, EXTENSION, async (r) => {
      // The reader asked explicitly: answer even where the extension is switched off, without scanning the page.
      const target = await page.lookupSession();
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
