import { browser } from 'wxt/browser';

/**
 * Extension pages that show a document the reader opened (the PDF reader will be one): a save
 * from them records their own address. None yet; add the page's path here when it exists.
 */
export const READER_PAGES: readonly string[] = [];

/**
 * The one rule for the address a saved reference records: a web page (http or https), or one of
 * this extension's reader pages. Anything else (javascript:, data:, file:, about:, another
 * extension) is refused.
 */
export function isAcceptedPageUrl(url: string, extensionBase: string = browser.runtime.getURL('/')): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return true;
  if (!url.startsWith(extensionBase)) return false;
  return READER_PAGES.includes(parsed.pathname.replace(/^\//, ''));
}
