import { browser } from 'wxt/browser';

/**
 * The keyboard command (manifest `commands`): "next-citation" asks the active tab's top frame to
 * move to its next citation and open the card with focus in it. A tab without our content script
 * (a browser page, the store) simply does not answer.
 */
export function registerCommands(): void {
  browser.commands?.onCommand.addListener((command: string) => {
    if (command !== 'next-citation') return;
    void browser.tabs
      .query({ active: true, lastFocusedWindow: true })
      .then(([tab]) => (tab?.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: 'next-citation' }, { frameId: 0 })))
      .catch(() => undefined);
  });
}
