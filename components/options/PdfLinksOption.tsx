import { t, type Lang } from '../../lib/core/i18n';

interface Props {
  lang: Lang;
  on: boolean;
  onChange: (on: boolean) => void;
}

/** The option that sends PDF links to the mc-xref reader instead of the browser's viewer (off by default). */
export function PdfLinksOption({ lang, on, onChange }: Props) {
  return (
    <fieldset class="settings">
      <legend>{t(lang, 'optPdfLegend')}</legend>
      <label class="choice">
        <input type="checkbox" checked={on} aria-describedby="pdf-links-hint" onChange={(e) => onChange((e.target as HTMLInputElement).checked)} />
        {t(lang, 'optPdfLinks')}
      </label>
      <p id="pdf-links-hint" class="hint">
        {t(lang, 'optPdfLinksHint')}
      </p>
    </fieldset>
  );
}
