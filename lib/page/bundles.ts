import { browser, type PublicPath } from 'wxt/browser';

/**
 * Imports one of the bundles the content script loads on demand (`page-engine.js`, `grammars.js`,
 * `card-ui.js`: web-accessible, at a per-session dynamic URL on Chromium so a page cannot probe for
 * them) into this content script's isolated world, and returns the API the bundle left on that
 * world's global (`left` reads it), out of the page's reach.
 */
export async function importBundle<T>(path: Extract<PublicPath, `${string}.js`>, left: () => T | undefined): Promise<T> {
  await import(/* @vite-ignore */ browser.runtime.getURL(path));
  const api = left();
  if (api === undefined) throw new Error(`${path} could not be loaded`);
  return api;
}

/**
 * `load` run once for every caller, concurrent or later; a failure is forgotten, so the next call
 * tries again (the page is left as it was meanwhile).
 */
export function onceUntilFailure<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}
