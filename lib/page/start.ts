import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SavedListError } from '../core/errors';
import { getSettings, isSiteDisabled, resolveCardLang, watchSettings, type Settings } from '../runtime/settings';
import { extensionPort, type CardPort } from '../card/port';
import { answerMessages, pageRouter, type PageState } from './router';
import { PageSession, type SessionParts, type SessionSettings } from './session';

/** What the content script is started with; tests pass their own. */
export interface ContentDeps {
  doc: Document;
  port: CardPort;
  /** False once the extension is reloaded or removed under this (then orphaned) script. */
  alive: () => boolean;
  /** Registers what runs when the script's context may have been invalidated. */
  onInvalidated: (fn: () => void) => void;
  /** Passed to every session (tests: a card UI and a scanner they drive). */
  parts?: SessionParts;
}

/** Wires the content script of one frame (see runContent). */
export function startContent(ctx: ContentScriptContext): PageState {
  return runContent({ doc: document, port: extensionPort(), alive, onInvalidated: (fn) => ctx.onInvalidated(fn) });
}

/**
 * The settings lifecycle of one frame: reads the settings, runs a PageSession while the extension
 * is enabled on this site (starting or tearing it down live when the reader changes that), and
 * answers the extension's messages about the page through the router (lib/page/router.ts).
 * Everything it started goes with one abort when the extension is reloaded or removed under it.
 */
export function runContent(deps: ContentDeps): PageState {
  const { doc } = deps;
  const life = new AbortController();
  const { signal } = life;
  const uiLang = browser.i18n?.getUILanguage?.() ?? navigator.language;
  let settings: Settings | null = null;
  /** Cards asked for from the context menu on a site where the extension is switched off. */
  let quiet: PageSession | null = null;

  const sessionSettings = (s: Settings): SessionSettings => ({ kinds: s.kinds, highlightStyle: s.highlightStyle, hoverDelayMs: s.hoverDelayMs, lang: resolveCardLang(s, uiLang) });
  const newSession = (s: Settings, scan: boolean) => new PageSession(doc, sessionSettings(s), deps.port, { ...deps.parts, scan });

  const page: PageState = {
    session: null,
    doc,
    ready: getSettings().then((s) => {
      if (deps.alive()) apply(s);
    }),
    lookupSession: () => (settings ? (page.session ?? (quiet ??= newSession(settings, false))) : null),
    off: () =>
      settings ? new SavedListError('site-disabled', 'the extension is switched off on this site') : new SavedListError('no-page', 'the page is still loading'),
    destroy() {
      life.abort();
      page.session?.destroy();
      page.session = null;
      quiet?.destroy();
      quiet = null;
    },
  };

  function apply(next: Settings): void {
    if (signal.aborted) return;
    settings = next;
    if (frameSites(doc).some((url) => isSiteDisabled(next, url))) {
      page.session?.destroy();
      page.session = null;
      quiet?.update(sessionSettings(next));
      return;
    }
    quiet?.destroy();
    quiet = null;
    if (page.session) page.session.update(sessionSettings(next));
    else page.session = newSession(next, true);
  }

  watchSettings((next) => apply(next), signal);
  answerMessages(pageRouter(page), signal);
  // WXT invalidates the context when a page dispatches its "content script started" event, which
  // any page can forge (its name is derived from our public id). Only a real invalidation counts:
  // the extension was reloaded or removed, and this orphaned script lost its runtime.
  deps.onInvalidated(() => {
    if (!deps.alive()) page.destroy();
  });
  return page;
}

function alive(): boolean {
  return browser.runtime?.id != null;
}

/**
 * This frame's address and, in a frame, the top page's: disabling a site covers its frames. Chromium
 * tells the top origin through `location.ancestorOrigins`; Firefox has no such list, so there the top
 * page's address is read directly when it is same-origin, else the referrer (the embedding page's
 * address: the top page's for a frame one level down, unless the page's referrer policy hides it).
 */
function frameSites(doc: Document): string[] {
  const win = doc.defaultView;
  const sites = [doc.location?.href ?? ''];
  if (!win || win === win.top) return sites;
  const ancestors = doc.location?.ancestorOrigins;
  if (ancestors && ancestors.length > 0) {
    sites.push(ancestors[ancestors.length - 1]!);
    return sites;
  }
  try {
    sites.push(win.top!.location.href);
  } catch {
    if (doc.referrer) sites.push(doc.referrer);
  }
  return sites;
}
