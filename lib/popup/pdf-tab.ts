import { browser } from 'wxt/browser';
import { looksLikePdfUrl, readerUrl } from '../reader/url';

/**
 * The address of the PDF a tab shows in the browser's own viewer, or null. The browser's viewers
 * let no content script in, so the popup offers the reader instead. A `.pdf` path is enough; other
 * addresses are asked for their content type (an `application/pdf` response without `.pdf` in
 * its path, as symbol services serve them). Only web addresses count: the reader does not fetch file: URLs.
 */
export async function pdfShownIn(tabId: number): Promise<string | null> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const url = tab?.url;
  if (!url || !/^https?:/.test(url)) return null;
  if (looksLikePdfUrl(url)) return url;
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: () => document.contentType });
    return first?.result === 'application/pdf' ? url : null;
  } catch {
    // A page we may not script (the store, another extension): not a PDF we can offer to open.
    return null;
  }
}

/** Shows the PDF of tab `tabId` in the reader, in the same tab, at the page its address names. */
export async function openTabInReader(tabId: number, pdfUrl: string): Promise<void> {
  await browser.tabs.update(tabId, { url: readerUrl(browser.runtime.getURL('/'), pdfUrl) });
}
