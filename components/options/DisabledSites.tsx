import { t, type Lang } from '../../lib/core/i18n';

interface Props {
  sites: string[];
  lang: Lang;
  /** Turns the extension back on for `site`. */
  onRemove: (site: string) => void;
}

/**
 * The sites where the reader switched the extension off (from the popup), each with a button to
 * turn it back on. The button's visible text is short; its accessible name says which site.
 */
export function DisabledSites({ sites, lang, onRemove }: Props) {
  return (
    <section class="sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t(lang, 'optSitesLegend')}</h2>
      {sites.length === 0 ? (
        <p class="hint">{t(lang, 'optSitesEmpty')}</p>
      ) : (
        <ul>
          {sites.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>
              <button type="button" aria-label={t(lang, 'optSiteRemoveLabel', site)} onClick={() => onRemove(site)}>
                {t(lang, 'optSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
