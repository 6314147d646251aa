import { browser, type Browser } from 'wxt/browser';

/**
 * Answers `card-ui/load` from a content script: injects the card UI bundle into the sender's frame,
 * in the isolated world the content scripts share. Only our own content scripts reach this (the
 * router checks the sender), and only into the very frame that asked.
 */
export async function injectCardUi(sender: Browser.runtime.MessageSender): Promise<{ ok: true; value: null } | { ok: false; code: 'no-page'; error: string }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, code: 'no-page', error: 'card-ui/load: only a page can ask for the card' };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/card-ui.js'] });
    return { ok: true, value: null };
  } catch (error) {
    return { ok: false, code: 'no-page', error: `card-ui/load: ${String(error)}` };
  }
}
