import { browser } from 'wxt/browser';
import { sendToTab } from '../runtime/message-bus';
import { listen } from '../runtime/listen';

/**
 * The keyboard commands (manifest `commands`): "next-citation" and "previous-citation" ask the
 * active tab's top frame to move to its next (or previous) citation and open the card with focus
 * in it. A tab without our content script (a browser page, the store) simply does not answer.
 */
export function registerCommands(signal: AbortSignal): void {
  if (!browser.commands) return;
  listen(browser.commands.onCommand, (command: string) => {
    const step = command === 'next-citation' ? 1 : command === 'previous-citation' ? -1 : 0;
    if (step === 0) return;
    void browser.tabs
      .query({ active: true, lastFocusedWindow: true })
      .then(([tab]) => (tab?.id === undefined ? undefined : sendToTab(tab.id, 'next-citation', { step })))
      .catch(() => undefined);
  }, signal);
}
