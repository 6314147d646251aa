import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SavedListError } from '../core/errors';
import type { Settings } from '../core/settings';
import { getSettings, watchSettings } from '../runtime/settings/storage';
import { isSiteDisabled } from '../runtime/settings/sites';
import type { EngineParts, PageEngine } from './engine-api';
import { engineLoader } from './engine-loader';
import { answerMessages, pageRouter, type PageState } from './router';
import type { PageSession } from './session';
import { watchForCitations, type WatchOptions } from './watcher';

/** What the content script is started with; tests pass their own. */
export interface ContentDeps {
  doc: Document;
  /** False once the extension is reloaded or removed under this (then orphaned) script. */
  alive: () => boolean;
  /** Registers what runs when the script's context may have been invalidated. */
  onInvalidated: (fn: () => void) => void;
  /** The page engine (default: the web-accessible bundle, loaded once; lib/page/engine-loader.ts). */
  engine?: () => Promise<PageEngine>;
  /** Passed to every session (tests: a port, a card UI and a scanner they drive). */
  parts?: EngineParts;
  /** Passed to the watcher (tests: a short delay). */
  watch?: Omit<WatchOptions, 'skipInitial'>;
}

/** Wires the content script of one frame (see runContent). */
export function startContent(ctx: ContentScriptContext): PageState {
  return runContent({ doc: document, alive, onInvalidated: (fn) => ctx.onInvalidated(fn) });
}

/**
 * The settings lifecycle of one frame: reads the settings and, while the extension is enabled on
 * this site, watches the page's text with the literal prefilter alone (lib/page/watcher.ts); the
 * first text that may hold a citation loads the page engine and starts a PageSession, which scans,
 * paints and observes from then on. Switching the site off or on applies live. It answers the
 * extension's messages about the page through the router (lib/page/router.ts), loading the engine
 * when a message needs a session. Everything it started goes with one abort when the extension is
 * reloaded or removed under it.
 */
export function runContent(deps: ContentDeps): PageState {
  const { doc } = deps;
  const life = new AbortController();
  const { signal } = life;
  const uiLang = browser.i18n?.getUILanguage?.() ?? navigator.language;
  const loadEngine = deps.engine ?? engineLoader();
  let settings: Settings | null = null;
  /** Cards asked for from the context menu on a site where the extension is switched off. */
  let quiet: PageSession | null = null;
  /** The watcher of a site switched on whose session has not started yet; aborted when it stops. */
  let watching: AbortController | null = null;
  let engine: PageEngine | null = null;

  const enabled = () => settings !== null && !frameSites(doc).some((url) => isSiteDisabled(settings!, url));
  const newSession = (e: PageEngine, s: Settings, scan: boolean, bodyText?: string) => e.createSession(doc, e.sessionSettings(s, uiLang), { ...deps.parts, scan, bodyText });
  const stopWatching = () => {
    watching?.abort();
    watching = null;
  };

  /** The engine, loaded once; a failed load is retried by the next caller. */
  async function load(): Promise<PageEngine> {
    engine ??= await loadEngine();
    return engine;
  }

  /** Starts the scanning session if the site is (still) switched on and none runs; `bodyText` is the text the watcher just read. */
  function begin(e: PageEngine, bodyText?: string): PageSession | null {
    if (signal.aborted || !settings || !enabled()) return null;
    stopWatching();
    page.session ??= newSession(e, settings, true, bodyText);
    return page.session;
  }

  /** Waits for text that may hold a citation, then loads the engine; after a failed load, waits for new text. */
  function watch(skipInitial = false): void {
    stopWatching();
    const w = (watching = new AbortController());
    watchForCitations(
      doc,
      (bodyText) =>
        void load().then((e) => begin(e, bodyText), () => {
          if (watching === w) watch(true);
        }),
      w.signal,
      { ...deps.watch, skipInitial },
    );
  }

  const page: PageState = {
    session: null,
    doc,
    ready: getSettings().then((s) => {
      if (deps.alive()) apply(s);
    }),
    async scanning() {
      await page.ready;
      if (!enabled()) throw page.off();
      const session = begin(await load());
      if (!session) throw page.off();
      return session;
    },
    async lookupSession() {
      await page.ready;
      if (!settings || signal.aborted) throw page.off();
      const e = await load();
      if (signal.aborted) throw page.off();
      // The scanning session where the site is switched on (started now if no text needed it yet).
      return begin(e) ?? (quiet ??= newSession(e, settings, false));
    },
    off: () =>
      settings ? new SavedListError('site-disabled', 'the extension is switched off on this site') : new SavedListError('no-page', 'the page is still loading'),
    destroy() {
      life.abort();
      stopWatching();
      page.session?.destroy();
      page.session = null;
      quiet?.destroy();
      quiet = null;
    },
  };

  function apply(next: Settings): void {
    if (signal.aborted) return;
    settings = next;
    if (!enabled()) {
      stopWatching();
      page.session?.destroy();
      page.session = null;
      if (quiet && engine) quiet.update(engine.sessionSettings(next, uiLang));
      return;
    }
    quiet?.destroy();
    quiet = null;
    if (page.session) page.session.update(engine!.sessionSettings(next, uiLang));
    // Once the engine is here, a session starts at once, as it did before the engine was split off.
    else if (engine) begin(engine);
    else if (!watching) watch();
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
