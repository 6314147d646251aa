import { useEffect, useState } from 'preact/hooks';
import { langFromTag, t, type Lang } from '../../lib/core/i18n';
import { activePageUrl } from '../../lib/runtime/settings/active-page';
import { siteOf, toggleSite } from '../../lib/runtime/settings/sites';
import { getSettings, watchSettings } from '../../lib/runtime/settings/storage';
import './site-toggle.css';

interface Props {
  /**
   * The page to switch. Undefined means "the active tab's page", looked up with activePageUrl:
   * the popup may not know it (on a disabled site the page reports no citations, but the reader
   * must still be able to switch the site back on).
   */
  url: string | undefined;
  /** The tab to ask when `url` is undefined; the active tab when omitted. */
  tabId?: number;
  lang?: Lang;
}

/**
 * One switch that turns the extension off, or back on, for the site of `url`: the popup's
 * "disable on this site". Unlike the other components it reads and writes the settings itself,
 * so that the popup can mount it with nothing but the page's address. Open tabs of that site
 * react through watchSettings in their content script.
 */
export function SiteToggle({ url: given, tabId, lang = langFromTag(navigator.language) }: Props) {
  // null while the active tab is being asked for its address.
  const [url, setUrl] = useState<string | undefined | null>(given ?? null);
  const site = url ? siteOf(url) : null;
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (given !== undefined) {
      setUrl(given);
      return undefined;
    }
    let alive = true;
    setUrl(null);
    void activePageUrl(tabId).then((found) => alive && setUrl(found));
    return () => {
      alive = false;
    };
  }, [given, tabId]);

  useEffect(() => {
    if (site === null) return undefined;
    let alive = true;
    void getSettings().then((settings) => alive && setEnabled(!settings.disabledSites.includes(site)));
    const stop = watchSettings((next) => setEnabled(!next.disabledSites.includes(site)));
    return () => {
      alive = false;
      stop();
    };
  }, [site]);

  if (url === null) return null;
  if (site === null || url === undefined) {
    return <p class="site-toggle site-toggle--unavailable">{t(lang, 'siteToggleUnavailable')}</p>;
  }

  const onToggle = async () => {
    try {
      const disabled = await toggleSite(url);
      setEnabled(!disabled);
      setStatus(t(lang, disabled ? 'siteToggleOff' : 'siteToggleOn', site));
    } catch (error) {
      setStatus(t(lang, 'statusSaveFailed', error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <div class="site-toggle">
      <label class="site-toggle__label">
        <input type="checkbox" role="switch" checked={enabled === true} aria-checked={enabled === true} disabled={enabled === null} onChange={() => void onToggle()} />
        <span>{t(lang, 'siteToggleLabel', site)}</span>
      </label>
      <p class="site-toggle__status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
