import { t, type Lang } from '../../lib/core/i18n';
import type { SiteToggleState } from '../../lib/extension-pages/popup/types';
import './site-toggle.css';

interface Props {
  lang: Lang;
  state: SiteToggleState;
  onToggle: () => void;
}

/**
 * One switch that turns the extension off, or back on, for the site of the popup's page: the
 * popup's "disable on this site" (lib/extension-pages/popup/site-toggle.ts reads and writes it).
 */
export function SiteToggle({ lang, state, onToggle }: Props) {
  if (state.status === 'hidden') return null;
  if (state.status === 'unavailable') {
    return <p class="site-toggle site-toggle--unavailable">{t(lang, 'siteToggleUnavailable')}</p>;
  }
  const { site, enabled, message } = state;
  return (
    <div class="site-toggle">
      <label class="site-toggle__label">
        <input type="checkbox" role="switch" checked={enabled === true} aria-checked={enabled === true} disabled={enabled === null} onChange={onToggle} />
        <span>{t(lang, 'siteToggleLabel', site)}</span>
      </label>
      <p class="site-toggle__status" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
