import { useCallback, useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../../core/i18n';
import type { Settings } from '../../core/settings';
import { activePageUrl } from '../../runtime/settings/active-page';
import { siteOf, toggleSite } from '../../runtime/settings/sites';
import { getSettings, watchSettings } from '../../runtime/settings/storage';
import type { PageState, SiteToggleState } from './types';

/** Where the switch reads and writes; the browser in the extension, fakes in tests. */
export interface SiteToggleDeps {
  activePageUrl(tabId?: number): Promise<string | undefined>;
  getSettings(): Promise<Settings>;
  watchSettings(listener: (next: Settings) => void, signal: AbortSignal): void;
  /** Switches the site of `url` off or back on; resolves to whether it is now disabled. */
  toggleSite(url: string): Promise<boolean>;
}

export const browserSiteToggleDeps: SiteToggleDeps = { activePageUrl, getSettings, watchSettings, toggleSite };

/**
 * Which page the switch is about: the page whose citations the popup lists, or, when the page
 * gave none (on a disabled site it reports no citations, but the reader must still be able to
 * switch the site back on), the tab's own address, asked for with `tabId` (the active tab when
 * undefined). Null: no switch (still loading, or a PDF in the browser's viewer).
 */
export function siteToggleTarget(page: PageState): { url: string } | { tabId: number | undefined } | null {
  if (page.status === 'ready') return { url: page.page.url };
  if (page.status === 'unavailable') return { tabId: page.tabId };
  return null;
}

/**
 * The switch that turns the extension off, or back on, for the site of the popup's page: finds the
 * address, reads whether the site is switched off and follows changes made elsewhere (the options
 * page) until the popup closes. Open tabs of that site react through watchSettings in their
 * content script.
 */
export function useSiteToggle(lang: Lang, page: PageState, deps: SiteToggleDeps = browserSiteToggleDeps): { state: SiteToggleState; toggle: () => void } {
  const target = siteToggleTarget(page);
  const givenUrl = target && 'url' in target ? target.url : undefined;
  const tabId = target && 'tabId' in target ? target.tabId : undefined;
  const shown = target !== null;
  // null while the tab is being asked for its address.
  const [url, setUrl] = useState<string | undefined | null>(givenUrl ?? null);
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [message, setMessage] = useState('');
  const site = url ? siteOf(url) : null;

  useEffect(() => {
    if (!shown || givenUrl !== undefined) {
      setUrl(givenUrl ?? null);
      return undefined;
    }
    const abort = new AbortController();
    setUrl(null);
    void deps.activePageUrl(tabId).then((found) => abort.signal.aborted || setUrl(found));
    return () => abort.abort();
  }, [shown, givenUrl, tabId, deps]);

  useEffect(() => {
    if (site === null) return undefined;
    const abort = new AbortController();
    const follow = (settings: Settings) => setEnabled(!settings.disabledSites.includes(site));
    void deps.getSettings().then((settings) => abort.signal.aborted || follow(settings));
    deps.watchSettings(follow, abort.signal);
    return () => abort.abort();
  }, [site, deps]);

  const toggle = useCallback(() => {
    if (!url || site === null) return;
    deps.toggleSite(url).then(
      (disabled) => {
        setEnabled(!disabled);
        setMessage(t(lang, disabled ? 'siteToggleOff' : 'siteToggleOn', site));
      },
      (error: unknown) => setMessage(t(lang, 'statusSaveFailed', error instanceof Error ? error.message : String(error))),
    );
  }, [url, site, lang, deps]);

  const state: SiteToggleState = url === null ? { status: 'hidden' } : site === null ? { status: 'unavailable' } : { status: 'ready', site, enabled, message };
  return { state, toggle };
}
