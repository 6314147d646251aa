import { browser } from 'wxt/browser';
import { READER_PATH } from '../core/reader-url';

import { getPdfLinks, watchPdfLinks } from '../runtime/settings/pdf-links';

/** Our dynamic rule ids (declarativeNetRequest). */
export const REDIRECT_RULE_ID = 1;
export const ATTACHMENT_RULE_ID = 2;

/** A minimal DNR rule shape (the fields we use), so the rules can be built and checked without a browser. */
export interface RedirectRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } } | { type: 'allow' };
  condition: {
    regexFilter?: string;
    resourceTypes: Array<'main_frame'>;
    excludedRequestMethods?: Array<'post'>;
    responseHeaders?: Array<{ header: string; values: string[] }>;
  };
}

/**
 * Chrome's rules: a top-level GET whose response says `Content-Type: application/pdf` goes to the
 * reader (`reader.html?raw=<address>`: a rule cannot encode, so the reader reads what follows
 * `?raw=` verbatim); a response sent as an attachment (a download) is left alone. Header conditions
 * need Chrome 128; older versions accept them and ignore them (crbug 347186592), so they fall back
 * to addresses ending in `.pdf`.
 */
export function redirectRules(extensionBase: string, headerConditions: boolean): RedirectRule[] {
  const reader = `${extensionBase.replace(/\/$/, '')}${READER_PATH}?raw=\\0`;
  if (!headerConditions) {
    return [{ id: REDIRECT_RULE_ID, priority: 1, action: { type: 'redirect', redirect: { regexSubstitution: reader } }, condition: { regexFilter: '^https?://[^?#]*\\.[pP][dD][fF]([?][^#]*)?$', resourceTypes: ['main_frame'], excludedRequestMethods: ['post'] } }];
  }
  return [
    {
      id: REDIRECT_RULE_ID,
      priority: 1,
      action: { type: 'redirect', redirect: { regexSubstitution: reader } },
      condition: { regexFilter: '^https?://.*', resourceTypes: ['main_frame'], excludedRequestMethods: ['post'], responseHeaders: [{ header: 'content-type', values: ['application/pdf', 'application/pdf;*'] }] },
    },
    { id: ATTACHMENT_RULE_ID, priority: 2, action: { type: 'allow' }, condition: { resourceTypes: ['main_frame'], responseHeaders: [{ header: 'content-disposition', values: ['attachment*'] }] } },
  ];
}

/** Chrome's major version from the user agent, 0 elsewhere. */
function chromeMajor(): number {
  const m = /Chrom(?:e|ium)\/(\d+)/.exec(navigator.userAgent);
  return m ? Number(m[1]) : 0;
}

/**
 * Firefox's equivalent: a blocking onHeadersReceived listener (Firefox keeps blocking webRequest in
 * MV3; its declarativeNetRequest has no response-header conditions). A navigation the reader itself
 * starts ("Open in the browser's viewer") is let through.
 */
export function firefoxRedirect(details: { method: string; url: string; originUrl?: string; responseHeaders?: Array<{ name: string; value?: string }> }, extensionBase: string): { redirectUrl: string } | undefined {
  if (details.method !== 'GET' || !/^https?:/.test(details.url)) return undefined;
  if (details.originUrl?.startsWith(extensionBase)) return undefined;
  const header = (name: string) => details.responseHeaders?.find((h) => h.name.toLowerCase() === name)?.value?.toLowerCase() ?? '';
  if (!/^application\/pdf\b/.test(header('content-type')) || header('content-disposition').startsWith('attachment')) return undefined;
  return { redirectUrl: `${extensionBase.replace(/\/$/, '')}${READER_PATH}?file=${encodeURIComponent(details.url)}` };
}

type HeadersListener = (details: { method: string; url: string; originUrl?: string; responseHeaders?: Array<{ name: string; value?: string }> }) => { redirectUrl: string } | undefined;
let firefoxListener: HeadersListener | null = null;

/** Puts the rules (or the Firefox listener) in place when the option is on, and removes them when it is off. */
export async function applyPdfRedirect(enabled: boolean): Promise<void> {
  const base = browser.runtime.getURL('/');
  const dnr = (browser as unknown as { declarativeNetRequest?: { updateDynamicRules(o: { removeRuleIds: number[]; addRules: RedirectRule[] }): Promise<void> } }).declarativeNetRequest;
  const webRequest = (browser as unknown as { webRequest?: { onHeadersReceived: { addListener(l: HeadersListener, f: object, o: string[]): void; removeListener(l: HeadersListener): void } } }).webRequest;
  if (import.meta.env.BROWSER === 'firefox' && webRequest) {
    if (firefoxListener) webRequest.onHeadersReceived.removeListener(firefoxListener);
    firefoxListener = null;
    if (enabled) {
      firefoxListener = (details) => firefoxRedirect(details, base);
      webRequest.onHeadersReceived.addListener(firefoxListener, { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] }, ['blocking', 'responseHeaders']);
    }
    return;
  }
  if (!dnr) return;
  await dnr.updateDynamicRules({ removeRuleIds: [REDIRECT_RULE_ID, ATTACHMENT_RULE_ID], addRules: enabled ? redirectRules(base, chromeMajor() >= 128) : [] });
}

/**
 * Applies the stored option at start-up and follows its changes (the option lives in
 * storage.local: lib/runtime/settings/pdf-links.ts) until `signal` aborts; registered synchronously
 * from startBackground, whose listeners last as long as the worker.
 */
export function registerPdfRedirect(signal: AbortSignal): void {
  void getPdfLinks().then(applyPdfRedirect);
  watchPdfLinks((on) => void applyPdfRedirect(on), signal);
}
