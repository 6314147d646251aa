import { browser } from 'wxt/browser';

/** Escapes a string for a RE2 regular expression (declarativeNetRequest's regexFilter). */
export function escapeRe2(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Lets the next load of `url` in this tab reach the browser's own viewer although the option
 * "Open PDF links in the reader" is on: in Chrome, a session rule that allows this address in this
 * tab, above the redirect (Firefox lets through navigations the reader starts itself, see
 * lib/background/pdf-redirect.ts). Nothing to do when the rules are not in use.
 */
export async function letThrough(url: string): Promise<void> {
  const dnr = (browser as unknown as { declarativeNetRequest?: { updateSessionRules(o: object): Promise<void> } }).declarativeNetRequest;
  if (import.meta.env.BROWSER === 'firefox' || !dnr) return;
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) return;
  const id = 1000 + tab.id;
  await dnr.updateSessionRules({
    removeRuleIds: [id],
    addRules: [{ id, priority: 3, action: { type: 'allow' }, condition: { regexFilter: `^${escapeRe2(url.split('#')[0]!)}$`, tabIds: [tab.id], resourceTypes: ['main_frame'], responseHeaders: [{ header: 'content-type', values: ['application/pdf', 'application/pdf;*'] }] } }],
  });
}
