import { browser } from 'wxt/browser';
import type { CardUi } from './ui/types';

let loading: Promise<CardUi> | null = null;

/**
 * The card UI (Preact, Floating UI and the card), loaded the first time a card opens in this frame
 * by a dynamic `import()` of the web-accessible `card-ui.js` (declared with use_dynamic_url, so a
 * page cannot probe for it at a fixed address). The script runs in this content script's isolated
 * world and leaves its API on that world's global, out of the page's reach. Pages that never show
 * a card never load it, and it needs no permission beyond the content script's own.
 */
export function loadCardUi(): Promise<CardUi> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL('/card-ui.js'))
    .then(() => {
      const ui = globalThis.__mcxrefCardUi;
      if (!ui) throw new Error('the card could not be loaded');
      return ui;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
