import { browser } from 'wxt/browser';
import { sendToTab } from '../message-bus';

/**
 * The address of the page in the current tab, for the popup's "disable on this site" switch.
 * Without the `tabs` permission Chrome hides `tab.url` even on pages our content script runs on
 * (checked in Chromium 156), so when it is missing we ask the tab's top-frame content script,
 * which knows its own `location.href`. Asking needs no permission, and a page the content script
 * cannot run on (a browser page, the store) answers nothing: there is then no site to switch off
 * and the result is undefined. `tabId` names another tab than the active one (the popup opened as
 * a tab of its own by the end-to-end tests).
 */
export async function activePageUrl(tabId?: number): Promise<string | undefined> {
  const tab = tabId === undefined ? (await browser.tabs.query({ active: true, currentWindow: true }))[0] : await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return undefined;
  if (tab.url) return tab.url;
  if (tab.id === undefined) return undefined;
  return sendToTab(tab.id, 'content-ping', {}).then(
    (reply) => reply.url,
    () => undefined,
  );
}
