import { langFromTag, t } from '../../lib/i18n';

/** The options page. The settings issue fills it. */
export function OptionsApp() {
  const lang = langFromTag(navigator.language);
  return (
    <main class="options">
      <h1>{t(lang, 'optionsTitle')}</h1>
    </main>
  );
}
