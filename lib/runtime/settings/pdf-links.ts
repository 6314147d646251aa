import { browser } from 'wxt/browser';

/** The option "Open PDF links in the mc-xref reader", off by default, kept in storage.local (the background reads it there). */
export const PDF_LINKS_KEY = 'openPdfLinksInReader';

export async function getPdfLinks(): Promise<boolean> {
  return (await browser.storage.local.get(PDF_LINKS_KEY))[PDF_LINKS_KEY] === true;
}

export async function setPdfLinks(on: boolean): Promise<void> {
  await browser.storage.local.set({ [PDF_LINKS_KEY]: on });
}

export function watchPdfLinks(listener: (on: boolean) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PDF_LINKS_KEY in changes) listener(changes[PDF_LINKS_KEY]?.newValue === true);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
