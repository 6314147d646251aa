import { t, type Lang } from '../../lib/core/i18n';
import type { OptionsActions, OptionsState } from '../../lib/extension-pages/options/types';
import { DisabledSites } from './DisabledSites';
import { PdfLinksOption } from './PdfLinksOption';
import { SettingsForm } from './SettingsForm';

interface Props extends OptionsState {
  lang: Lang;
  actions: OptionsActions;
}

/**
 * The options page: the settings form, the PDF option and the disabled sites, once the settings
 * are read (lib/extension-pages/options/controller.ts reads, saves and follows them). One status
 * line, announced politely, says whether the last change was saved and why not.
 */
export function OptionsApp({ lang, settings, status, pdfLinks, actions }: Props) {
  return (
    <main class="options">
      <h1>{t(lang, 'optionsTitle')}</h1>
      <p class="intro">{t(lang, 'optionsIntro')}</p>
      {settings && (
        <>
          <SettingsForm settings={settings} lang={lang} onChange={actions.change} onInvalid={actions.invalid} />
          <PdfLinksOption lang={lang} on={pdfLinks} onChange={actions.setPdfLinks} />
          <DisabledSites sites={settings.disabledSites} lang={lang} onRemove={actions.removeSite} />
        </>
      )}
      <p class={status?.error ? 'status status--error' : 'status'} role="status" aria-live="polite" data-testid="options-status">
        {status?.text ?? ''}
      </p>
    </main>
  );
}
