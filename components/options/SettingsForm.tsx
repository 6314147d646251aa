import { useState } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '../../lib/core/i18n';
import { CITATION_KINDS, type CitationKind } from '../../lib/core/detect/types';
import { CARD_LANGS, HIGHLIGHT_STYLES, HOVER_DELAY_MAX, HOVER_DELAY_MIN, type CardLang, type HighlightStyle, type Settings, type SettingsPatch } from '../../lib/core/settings';

const KIND_LABELS: Record<CitationKind, MessageKey> = {
  document: 'kindDocument',
  article: 'kindArticle',
  resolution: 'kindResolution',
  decision: 'kindDecision',
};

const STYLE_LABELS: Record<HighlightStyle, MessageKey> = {
  subtle: 'styleSubtle',
  strong: 'styleStrong',
  underline: 'styleUnderline',
  none: 'styleNone',
};

// Each language is offered under its own name (the keys hold endonyms), so a reader finds theirs whatever the interface language.
const LANG_LABELS: Record<CardLang, MessageKey> = { auto: 'langAuto', en: 'langEn', fr: 'langFr', es: 'langEs', ru: 'langRu', zh: 'langZh', ar: 'langAr' };

interface Props {
  settings: Settings;
  lang: Lang;
  /** Asks for a change to be saved. */
  onChange: (patch: SettingsPatch) => void;
  /** Reports a value the form refused to save, as a sentence for the status line. */
  onInvalid: (message: string) => void;
}

/**
 * Every setting except the site list, as native form controls in labelled fieldsets (keyboard and
 * screen readers need nothing more). Each control saves on its own change: there is no Save button
 * to forget.
 */
export function SettingsForm({ settings, lang, onChange, onInvalid }: Props) {
  const [delayInvalid, setDelayInvalid] = useState(false);

  const onDelay = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const value = Number(input.value);
    const valid = input.value.trim() !== '' && Number.isInteger(value) && value >= HOVER_DELAY_MIN && value <= HOVER_DELAY_MAX;
    setDelayInvalid(!valid);
    if (valid) onChange({ hoverDelayMs: value });
    else onInvalid(t(lang, 'statusHoverDelayInvalid', HOVER_DELAY_MIN, HOVER_DELAY_MAX));
  };

  return (
    <form class="settings" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t(lang, 'optKindsLegend')}</legend>
        {CITATION_KINDS.map((kind) => (
          <label class="choice" key={kind}>
            <input
              type="checkbox"
              name={`kind-${kind}`}
              checked={settings.kinds[kind]}
              onChange={(event) => onChange({ kinds: { [kind]: (event.currentTarget as HTMLInputElement).checked } })}
            />
            <span>{t(lang, KIND_LABELS[kind])}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t(lang, 'optStyleLegend')}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label class="choice" key={style}>
            <input type="radio" name="highlight-style" value={style} checked={settings.highlightStyle === style} onChange={() => onChange({ highlightStyle: style })} />
            <span>{t(lang, STYLE_LABELS[style])}</span>
          </label>
        ))}
      </fieldset>

      <div class="field">
        <label for="hover-delay">{t(lang, 'optHoverDelay')}</label>
        <input
          id="hover-delay"
          type="number"
          inputMode="numeric"
          min={HOVER_DELAY_MIN}
          max={HOVER_DELAY_MAX}
          step={50}
          value={settings.hoverDelayMs}
          aria-describedby="hover-delay-hint"
          aria-invalid={delayInvalid}
          onChange={onDelay}
        />
        <p id="hover-delay-hint" class="hint">
          {t(lang, 'optHoverDelayHint', HOVER_DELAY_MIN, HOVER_DELAY_MAX)}
        </p>
      </div>

      <div class="field">
        <label for="card-lang">{t(lang, 'optCardLang')}</label>
        <select id="card-lang" value={settings.cardLang} onChange={(event) => onChange({ cardLang: (event.currentTarget as HTMLSelectElement).value as CardLang })}>
          {CARD_LANGS.map((code) => (
            <option value={code} key={code} lang={code === 'auto' ? undefined : code}>
              {t(lang, LANG_LABELS[code])}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
