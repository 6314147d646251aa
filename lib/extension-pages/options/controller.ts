import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type Lang } from '../../core/i18n';
import { defaultSettings, type Settings, type SettingsPatch } from '../../core/settings';
import { getSettings, updateSettings, watchSettings } from '../../runtime/settings/storage';
import { getPdfLinks, setPdfLinks, watchPdfLinks } from '../../runtime/settings/pdf-links';
import type { OptionsActions, OptionsState } from './types';

/** What the options page reads and writes; the browser's storage in the extension, a fake in tests. */
export interface OptionsStorage {
  getSettings(): Promise<Settings>;
  updateSettings(patch: SettingsPatch | ((current: Settings) => SettingsPatch)): Promise<Settings>;
  watchSettings(listener: (next: Settings) => void, signal: AbortSignal): void;
  getPdfLinks(): Promise<boolean>;
  setPdfLinks(on: boolean): Promise<void>;
  watchPdfLinks(listener: (on: boolean) => void, signal: AbortSignal): void;
  /** Access to every site a PDF may come from, which the redirect needs; asked in the click itself. */
  requestAllSites(): Promise<boolean>;
}

export const browserOptionsStorage: OptionsStorage = {
  getSettings,
  updateSettings,
  watchSettings,
  getPdfLinks,
  setPdfLinks,
  watchPdfLinks,
  requestAllSites: () => browser.permissions.request({ origins: ['http://*/*', 'https://*/*'] }),
};

export const INITIAL_OPTIONS: OptionsState = { settings: null, status: null, pdfLinks: false };

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The options page's logic: loads the settings, saves each change as it is made, and follows
 * changes made elsewhere (the popup's site toggle, another options tab) so the page never shows
 * stale values, until `signal` aborts. Every new state goes to `publish`.
 */
export function createOptionsController(lang: Lang, storage: OptionsStorage, publish: (state: OptionsState) => void, signal: AbortSignal): OptionsActions {
  let state = INITIAL_OPTIONS;
  const set = (patch: Partial<OptionsState>) => {
    if (signal.aborted) return;
    state = { ...state, ...patch };
    publish(state);
  };
  const done = (text: string) => set({ status: { text, error: false } });
  const failed = (error: unknown) => set({ status: { text: t(lang, 'statusSaveFailed', reason(error)), error: true } });

  storage.getPdfLinks().then((pdfLinks) => set({ pdfLinks }), () => undefined);
  storage.watchPdfLinks((pdfLinks) => set({ pdfLinks }), signal);
  storage.getSettings().then(
    (settings) => set({ settings }),
    (error: unknown) => set({ settings: defaultSettings(), status: { text: t(lang, 'statusLoadFailed', reason(error)), error: true } }),
  );
  storage.watchSettings((settings) => set({ settings }), signal);

  const save = (patch: SettingsPatch | ((current: Settings) => SettingsPatch), text = t(lang, 'statusSaved')) =>
    storage.updateSettings(patch).then((settings) => set({ settings, status: { text, error: false } }), failed);

  return {
    change: (patch) => void save(patch),
    invalid: (text) => set({ status: { text, error: true } }),
    setPdfLinks(on) {
      // The permission prompt must open in the click's own task, before anything is awaited.
      void (on ? storage.requestAllSites() : Promise.resolve(true))
        .then((granted) => (granted ? storage.setPdfLinks(on) : Promise.reject(new Error(t(lang, 'optPdfLinksDenied')))))
        .then(() => done(t(lang, 'statusSaved')), failed);
    },
    removeSite: (site) => void save((current) => ({ disabledSites: current.disabledSites.filter((s) => s !== site) }), t(lang, 'statusSiteRemoved', site)),
  };
}

/** The options page's state and actions for its view, torn down with the component. */
export function useOptionsController(lang: Lang, storage: OptionsStorage = browserOptionsStorage): OptionsState & { actions: OptionsActions } {
  const [state, setState] = useState<OptionsState>(INITIAL_OPTIONS);
  const controller = useRef<OptionsActions | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    controller.current = createOptionsController(lang, storage, setState, abort.signal);
    return () => abort.abort();
  }, [lang, storage]);
  // Stable callbacks for the view, whichever controller is current.
  const actions = useMemo<OptionsActions>(
    () => ({
      change: (patch) => controller.current?.change(patch),
      invalid: (text) => controller.current?.invalid(text),
      setPdfLinks: (on) => controller.current?.setPdfLinks(on),
      removeSite: (site) => controller.current?.removeSite(site),
    }),
    [],
  );
  return { ...state, actions };
}
