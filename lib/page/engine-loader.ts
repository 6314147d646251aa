import { browser } from 'wxt/browser';
import type { PageEngine } from './engine-api';

/** Imports the engine bundle and returns the API it leaves on this world's global. */
export type EngineSource = () => Promise<PageEngine>;

/**
 * The web-accessible `page-engine.js` (declared with use_dynamic_url on Chromium, like the card UI),
 * by a dynamic import: it runs in this content script's isolated world and leaves its API on that
 * world's global, out of the page's reach.
 */
const fromBundle: EngineSource = () =>
  import(/* @vite-ignore */ browser.runtime.getURL('/page-engine.js')).then(() => {
    const engine = globalThis.__mcxrefPageEngine;
    if (!engine) throw new Error('the page engine left no API');
    return engine;
  });

/**
 * Loads the page engine once per frame through `source`; concurrent callers share one load. A failed
 * load is said in the console and forgotten, so the next trigger (a text with a citation appearing,
 * a message from the extension) tries again; the page itself is left as it was.
 */
export function engineLoader(source: EngineSource = fromBundle): () => Promise<PageEngine> {
  let loading: Promise<PageEngine> | null = null;
  return () =>
    (loading ??= source().catch((error: unknown) => {
      loading = null;
      console.warn('mc-xref: the page engine could not be loaded; it will be tried again', error);
      throw error;
    }));
}
