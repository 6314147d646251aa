import { useEffect, useState } from 'preact/hooks';
import { langFromTag, t, type Lang } from '../../lib/core/i18n';
import { defaultSettings, type Settings, type SettingsPatch } from '../../lib/runtime/settings/schema';
import { getSettings, updateSettings, watchSettings } from '../../lib/runtime/settings/storage';
import { browser } from 'wxt/browser';
import { getPdfLinks, setPdfLinks, watchPdfLinks } from '../../lib/runtime/settings/pdf-links';
import { DisabledSites } from './DisabledSites';
import { PdfLinksOption } from './PdfLinksOption';
import { SettingsForm } from './SettingsForm';

interface Status {
  text: string;
  error: boolean;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The options page: loads the settings, saves each change as it is made, and follows changes made
 * elsewhere (the popup's site toggle, another options tab) so the page never shows stale values.
 * One status line, announced politely, says whether the last change was saved and why not.
 */
export function OptionsApp({ lang = langFromTag(navigator.language) }: { lang?: Lang }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [pdfLinks, setPdfLinksState] = useState(false);

  useEffect(() => {
    void getPdfLinks().then(setPdfLinksState, () => undefined);
    return watchPdfLinks(setPdfLinksState);
  }, []);

  useEffect(() => {
    let alive = true;
    getSettings().then(
      (loaded) => alive && setSettings(loaded),
      (error: unknown) => {
        if (!alive) return;
        setSettings(defaultSettings());
        setStatus({ text: t(lang, 'statusLoadFailed', reason(error)), error: true });
      },
    );
    const stop = watchSettings((next) => setSettings(next));
    return () => {
      alive = false;
      stop();
    };
  }, [lang]);

  const save = async (patch: SettingsPatch | ((current: Settings) => SettingsPatch), done = t(lang, 'statusSaved')) => {
    try {
      setSettings(await updateSettings(patch));
      setStatus({ text: done, error: false });
    } catch (error) {
      setStatus({ text: t(lang, 'statusSaveFailed', reason(error)), error: true });
    }
  };

  return (
    <main class="options">
      <h1>{t(lang, 'optionsTitle')}</h1>
      <p class="intro">{t(lang, 'optionsIntro')}</p>
      {settings && (
        <>
          <SettingsForm settings={settings} lang={lang} onChange={(patch) => void save(patch)} onInvalid={(text) => setStatus({ text, error: true })} />
          <PdfLinksOption
            lang={lang}
            on={pdfLinks}
            onChange={(on) =>
              // The redirect needs access to every site a PDF may come from; asked in the click itself.
              void (on ? browser.permissions.request({ origins: ['http://*/*', 'https://*/*'] }) : Promise.resolve(true))
                .then((granted) => (granted ? setPdfLinks(on) : Promise.reject(new Error(t(lang, 'optPdfLinksDenied')))))
                .then(
                () => setStatus({ text: t(lang, 'statusSaved'), error: false }),
                (error: unknown) => setStatus({ text: t(lang, 'statusSaveFailed', reason(error)), error: true }),
              )
            }
          />
          <DisabledSites
            sites={settings.disabledSites}
            lang={lang}
            onRemove={(site) => void save((current) => ({ disabledSites: current.disabledSites.filter((s) => s !== site) }), t(lang, 'statusSiteRemoved', site))}
          />
        </>
      )}
      <p class={status?.error ? 'status status--error' : 'status'} role="status" aria-live="polite" data-testid="options-status">
        {status?.text ?? ''}
      </p>
    </main>
  );
}
