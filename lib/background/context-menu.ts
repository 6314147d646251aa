import { browser, type Browser } from 'wxt/browser';
import { LOOKUP_TEXT_MAX } from '../core/messages';
import { sendToTab } from '../runtime/message-bus';
import { readerUrl } from '../core/reader-url';
import { listen } from '../runtime/listen';

/** Our one context-menu item. */
export const LOOKUP_MENU_ID = 'mcxref-lookup-selection';

/** "Open PDF in mc-xref reader", on links. */
export const OPEN_PDF_MENU_ID = 'mcxref-open-pdf';

/** Links the reader can fetch: web addresses only. */
export const OPEN_PDF_TARGET_PATTERNS = ['http://*/*', 'https://*/*'];

/** Pages the content script runs on; the item is hidden elsewhere because nothing could answer it. */
export const LOOKUP_DOCUMENT_PATTERNS = ['http://*/*', 'https://*/*'];

let creating: Promise<void> = Promise.resolve();

/**
 * (Re)creates the "Look up citation" item on selections. Menu items outlive the service worker
 * but not every install, update or (in Firefox) browser restart, so this runs on install and on
 * startup; removing first keeps it idempotent, and calls are chained so two events firing close
 * together cannot create the id twice. The title is in the browser's interface language, like
 * the rest of the browser's own menu.
 */
export function createLookupMenu(): Promise<void> {
  creating = creating.then(async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: LOOKUP_MENU_ID,
      title: browser.i18n.getMessage('contextMenuLookup'),
      contexts: ['selection'],
      documentUrlPatterns: LOOKUP_DOCUMENT_PATTERNS,
    });
    // Offered on every web link: PDFs are often served from addresses without ".pdf" (symbol services).
    browser.contextMenus.create({
      id: OPEN_PDF_MENU_ID,
      title: browser.i18n.getMessage('contextMenuOpenPdf'),
      contexts: ['link'],
      targetUrlPatterns: OPEN_PDF_TARGET_PATTERNS,
    });
  });
  return creating;
}

/**
 * Forwards the selection to the content script of the frame it was made in, which opens the card
 * or says that no citation was recognised. A tab opened before the extension was installed has
 * no content script yet; the message then fails, and nothing else can be done without asking for
 * more permissions (the reader reloads the page).
 */
export async function handleLookupClick(info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText' | 'frameId'>, tab: Pick<Browser.tabs.Tab, 'id'> | undefined): Promise<boolean> {
  if (info.menuItemId !== LOOKUP_MENU_ID) return false;
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return false;
  try {
    await sendToTab(tabId, 'lookup-selection', { text: (info.selectionText ?? '').slice(0, LOOKUP_TEXT_MAX) }, info.frameId ?? 0);
    return true;
  } catch (error) {
    console.info('mc-xref: no content script answered the look-up in this tab; reloading the page adds it.', error);
    return false;
  }
}

/** Opens the link in the reader, in a new tab next to the page it was clicked in. */
export async function handleOpenPdfClick(info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'linkUrl'>, tab: Pick<Browser.tabs.Tab, 'id' | 'index'> | undefined): Promise<boolean> {
  if (info.menuItemId !== OPEN_PDF_MENU_ID || !info.linkUrl || !/^https?:/.test(info.linkUrl)) return false;
  await browser.tabs.create({
    url: readerUrl(browser.runtime.getURL('/'), info.linkUrl),
    ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
    ...(tab?.id !== undefined && tab.id >= 0 ? { openerTabId: tab.id } : {}),
  });
  return true;
}

/** Registers the menu's listeners until `signal` aborts; called synchronously from startBackground, as MV3 requires. */
export function registerContextMenu(signal: AbortSignal): void {
  listen(browser.runtime.onInstalled, () => void createLookupMenu(), signal);
  listen(browser.runtime.onStartup, () => void createLookupMenu(), signal);
  listen(
    browser.contextMenus.onClicked,
    (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
      void handleLookupClick(info, tab);
      void handleOpenPdfClick(info, tab);
    },
    signal,
  );
}
