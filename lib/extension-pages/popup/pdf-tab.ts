import { browser } from 'wxt/browser';
import { sendToTab } from '../../runtime/message-bus';
import { looksLikePdfUrl, readerUrl } from '../../core/reader-url';

/**
 * The address of the PDF a tab shows in the browser's own viewer, or null. The browser's viewers
 * let no content script read the document, but ours still runs in the viewer's outer page and
 * says where it is and whether the response was `application/pdf` (symbol services serve PDFs
 * from addresses without ".pdf"). Only web addresses count: the reader does not fetch file: URLs.
 */
export async function pdfShownIn(tabId: number): Promise<string | null> {
  const ping = await sendToTab(tabId, 'content-ping', {}).catch(() => null);
  if (!ping || !/^https?:/.test(ping.url)) return null;
  return ping.pdf || looksLikePdfUrl(ping.url) ? ping.url : null;
}

/** Shows the PDF of tab `tabId` in the reader, in the same tab, at the page its address names. */
export async function openTabInReader(tabId: number, pdfUrl: string): Promise<void> {
  await browser.tabs.update(tabId, { url: readerUrl(browser.runtime.getURL('/'), pdfUrl) });
}
