import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isLookupSelectionMessage } from '../messages';
import { getSavedState, onSavedChanged, saveReference, unsaveReference } from '../store/client';
import { getSettings, isSiteDisabled, resolveCardLang, watchSettings, type Settings } from '../settings';
import { loadCardModels } from './card-client';
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
    save: async (input: Parameters<typeof saveReference>[0]) => {
      await saveReference(input);
    },
    unsave: async (id: string) => {
      await unsaveReference(id);
    },
    copy: (text: string) => navigator.clipboard.writeText(text),
  };

  const ready = getSettings().then((s) => {
    if (!ctx.isInvalid) apply(s);
  });
  const stopWatching = watchSettings((next) => apply(next));
  const stopSaved = onSavedChanged((changed) => void session?.cards.refreshSaved(changed));

  const onMessage = (message: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const type = (message as { type?: unknown }).type;
    switch (type) {
      case 'content-ping':
        return Promise.resolve({ ok: true, value: { url: location.href, top: window === window.top } });
      case 'page-citations':
        if (!session) {
          return Promise.resolve(
            settings ? { ok: false, code: 'site-disabled', error: 'the extension is switched off on this site' } : { ok: false, code: 'no-page', error: 'the page is still loading' },
          );
        }
        return session.scanner.whenIdle().then(() => ({ ok: true, value: session!.citations() }));
      case 'reveal-citation': {
        const { id, index } = message as { id?: unknown; index?: unknown };
        if (!session || typeof id !== 'string' || (index !== undefined && (typeof index !== 'number' || !Number.isInteger(index) || index < 0))) {
          return Promise.resolve({ ok: false, code: 'bad-message', error: 'reveal-citation needs an id and an optional index' });
        }
        return Promise.resolve({ ok: true, value: { found: session.reveal(id, (index as number | undefined) ?? 0) } });
      }
      case 'next-citation':
        if (!session) return Promise.resolve({ ok: true, value: { moved: false } });
        return session.next((message as { step?: unknown }).step === -1 ? -1 : 1).then((moved) => ({ ok: true, value: { moved } }));
      case 'lookup-selection': {
        if (!isLookupSelectionMessage(message)) return undefined;
        return ready.then((): Promise<unknown> | unknown => {
          if (!settings) return { ok: false, code: 'no-page', error: 'the page is still loading' };
          // The reader asked explicitly: answer even where the extension is switched off, without scanning the page.
          const target = session ?? (quiet ??= new PageSession(document, sessionSettings(settings), services, false));
          return target.lookupSelection(message.text).then(() => ({ ok: true, value: null }));
        });
      }
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    stopWatching();
    stopSaved();
    session?.destroy();
    session = null;
    quiet?.destroy();
    quiet = null;
  });
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
