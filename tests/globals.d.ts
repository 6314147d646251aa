import type { Browser } from 'wxt/browser';

declare global {
  /** The extension API as seen inside `serviceWorker.evaluate` and extension pages in the e2e specs. */
  const chrome: typeof Browser;
}

export {};
