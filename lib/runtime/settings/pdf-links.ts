import { browser } from 'wxt/browser';
import { watchKey } from '../storage-watch';

/** The option "Open PDF links in the mc-xref reader", off by default, kept in storage.local (the background reads it there). */
export const PDF_LINKS_KEY = 'openPdfLinksInReader';

export async function getPdfLinks(): Promise<boolean> {
  return (await browser.storage.local.get(PDF_LINKS_KEY))[PDF_LINKS_KEY] === true;
}

export async function setPdfLinks(on: boolean): Promise<void> {
  await browser.storage.local.set({ [PDF_LINKS_KEY]: on });
}

/** Calls `listener` with the option's new value whenever any context changes it, until `signal` aborts. */
export function watchPdfLinks(listener: (on: boolean) => void, signal: AbortSignal): void {
  watchKey(PDF_LINKS_KEY, ['local'], (change) => listener(change.newValue === true), signal);
}
