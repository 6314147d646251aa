import { browser, type Browser } from 'wxt/browser';
import { LOOKUP_TEXT_MAX, type LookupSelectionMessage } from '../messages';

/** Our one context-menu item. */
export const LOOKUP_MENU_ID = 'mcxref-lookup-selection';

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
  const message: LookupSelectionMessage = { type: 'lookup-selection', text: (info.selectionText ?? '').slice(0, LOOKUP_TEXT_MAX) };
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: info.frameId ?? 0 });
    return true;
  } catch (error) {
    console.info('mc-xref: no content script answered the look-up in this tab; reloading the page adds it.', error);
    return false;
  }
}

/** Registers the menu's listeners; called synchronously from startBackground, as MV3 requires. */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => void createLookupMenu());
  browser.runtime.onStartup.addListener(() => void createLookupMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => void handleLookupClick(info, tab));
}
