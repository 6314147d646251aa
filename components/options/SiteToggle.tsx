import { useEffect, useState } from 'preact/hooks';
import { langFromTag, t, type Lang } from '../../lib/i18n';
import { siteOf, toggleSite } from '../../lib/settings/sites';
import { getSettings, watchSettings } from '../../lib/settings/storage';
import './site-toggle.css';

interface Props {
  /** The page the popup was opened on; undefined when the browser did not tell us. */
  url: string | undefined;
  lang?: Lang;
}

/**
 * One switch that turns the extension off, or back on, for the site of `url`: the popup's
 * "disable on this site". Unlike the other components it reads and writes the settings itself,
 * so that the popup can mount it with nothing but the page's address. Open tabs of that site
 * react through watchSettings in their content script.
 */
export function SiteToggle({ url, lang = langFromTag(navigator.language) }: Props) {
  const site = siteOf(url);
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');

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
