import { langFromTag, t } from '../../lib/i18n';

/** The toolbar popup. Later issues add the saved list and the on-this-page view. */
export function PopupApp() {
  const lang = langFromTag(navigator.language);
  return (
    <main class="popup">
      <h1>{t(lang, 'popupTitle')}</h1>
    </main>
  );
}
