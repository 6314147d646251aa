import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CONTENT_PING, LOOKUP_SELECTION, NEXT_CITATION, PAGE_CITATIONS, REVEAL_CITATION } from '../core/messages';
import { dispatch, handler, senderKind, table, type SenderKind } from '../runtime/message-bus';
import { SavedListError, getSavedState, onSavedChanged, saveReference, undoUnsave, unsaveReference } from '../runtime/saved';
import { getSettings, isSiteDisabled, resolveCardLang, watchSettings, type Settings } from '../runtime/settings';
import { loadCardModels } from '../card/port';
import { PageSession, type SessionSettings } from './session';

/**
 * Wires the content script of one frame: reads the settings, runs a PageSession while the
 * extension is enabled on this site (starting or tearing it down live when the reader changes
 * that), and answers the extension's own messages about the page.
 */
export function startContent(ctx: ContentScriptContext): void {
  let session: PageSession | null = null;
  /** Cards asked for from the context menu on a site where the extension is switched off. */
  let quiet: PageSession | null = null;
  let settings: Settings | null = null;
  const uiLang = browser.i18n?.getUILanguage?.() ?? navigator.language;

  const sessionSettings = (s: Settings): SessionSettings => ({
    kinds: s.kinds,
    highlightStyle: s.highlightStyle,
    hoverDelayMs: s.hoverDelayMs,
    lang: resolveCardLang(s, uiLang),
  });

  const apply = (next: Settings) => {
    settings = next;
    const disabled = frameSites().some((url) => isSiteDisabled(next, url));
    if (disabled) {
      session?.destroy();
      session = null;
      quiet?.update(sessionSettings(next));
      return;
    }
    quiet?.destroy();
    quiet = null;
    if (session) session.update(sessionSettings(next));
    else session = new PageSession(document, sessionSettings(next), services);
  };

  const services = {
    loadModels: loadCardModels,
    savedState: getSavedState,
    save: saveReference,
    unsave: unsaveReference,
    undo: undoUnsave,
    copy: (text: string) => navigator.clipboard.writeText(text),
  };

  const ready = getSettings().then((s) => {
    if (alive()) apply(s);
  });
  const stopWatching = watchSettings((next) => apply(next));
  const stopSaved = onSavedChanged((changed) => void session?.cards.refreshSaved(changed));

  const siteOff = () =>
    new SavedListError(settings ? 'site-disabled' : 'no-page', settings ? 'the extension is switched off on this site' : 'the page is still loading');
  /** The messages this content script answers; only the extension's own pages and worker may send them. */
  const answers = table([
    handler(CONTENT_PING, EXTENSION, () => ({ url: location.href, top: window === window.top, pdf: document.contentType === 'application/pdf' })),
    handler(PAGE_CITATIONS, EXTENSION, async () => {
      if (!session) throw siteOff();
      await session.scanner.whenIdle();
      return session.citations();
    }),
    handler(REVEAL_CITATION, EXTENSION, (r) => {
      if (!session) throw siteOff();
      return { found: session.reveal(r.id, r.index ?? 0) };
    }),
    handler(NEXT_CITATION, EXTENSION, async (r) => ({ moved: session ? await session.next(r.step === -1 ? -1 : 1) : false })),
    handler(LOOKUP_SELECTION, EXTENSION, async (r) => {
      await ready;
      if (!settings) throw siteOff();
      // The reader asked explicitly: answer even where the extension is switched off, without scanning the page.
      const target = session ?? (quiet ??= new PageSession(document, sessionSettings(settings), services, false));
      await target.lookupSelection(r.text);
      return null;
    }),
  ]);
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined =>
    senderKind(sender) === null ? undefined : dispatch(answers, message, sender);
  browser.runtime.onMessage.addListener(onMessage);

  // WXT invalidates the context when a page dispatches its "content script started" event, which
  // any page can forge (its name is derived from our public id). Only a real invalidation counts:
  // the extension was reloaded or removed, and this orphaned script lost its runtime.
  ctx.onInvalidated(() => {
    if (alive()) return;
    browser.runtime.onMessage.removeListener(onMessage);
    stopWatching();
    stopSaved();
    session?.destroy();
    session = null;
    quiet?.destroy();
    quiet = null;
  });
}

const EXTENSION: readonly SenderKind[] = ['extension'];

/** False once the extension is reloaded or removed under this (then orphaned) script. */
function alive(): boolean {
  return browser.runtime?.id != null;
}

/**
 * This frame's address and, in a frame, the top page's: disabling a site covers its frames. Chromium
 * tells the top origin through `location.ancestorOrigins`; Firefox has no such list, so there the top
 * page's address is read directly when it is same-origin, else the referrer (the embedding page's
 * address: the top page's for a frame one level down, unless the page's referrer policy hides it).
 */
function frameSites(): string[] {
  const sites = [location.href];
  if (window === window.top) return sites;
  const ancestors = location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) {
    sites.push(ancestors[ancestors.length - 1]!);
    return sites;
  }
  try {
    sites.push(window.top!.location.href);
  } catch {
    if (document.referrer) sites.push(document.referrer);
  }
  return sites;
}
