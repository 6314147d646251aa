import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Drives the built Firefox extension in Firefox (ESR) over WebDriver BiDi with puppeteer-core:
 * Playwright's own Firefox build cannot be downloaded here and cannot load extensions.
 */

/** The unpacked Firefox build WXT writes. */
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv3');

/** The add-on id from wxt.config.ts (browser_specific_settings.gecko.id). */
export const GECKO_ID = 'mc-xref@minamata-xref.org';

/**
 * Firefox gives each add-on a random internal UUID for its moz-extension:// origin; a fixed one is set
 * through the profile preference Firefox reads it from, so the tests can open the popup and options.
 */
export const EXTENSION_UUID = '6d1c3f5e-0b7a-4a8e-9f52-3c4d5e6f7a8b';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Finds Firefox: $FIREFOX_PATH, then Debian's firefox-esr, then firefox. */
export function firefoxPath(): string | undefined {
  for (const candidate of [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Launches Firefox headless with the built extension installed as a temporary add-on. */
export async function launchFirefoxWithExtension(): Promise<Browser> {
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('No Firefox found: install it (apt-get install firefox-esr) or set FIREFOX_PATH.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    // The Chromium suite's viewport, so that both browsers lay the pages out alike.
    defaultViewport: { width: 1280, height: 720 },
    // Needed to open moz-extension:// pages over BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Keep Firefox from reaching for the network on its own (these machines have none, and the
      // suite checks that the extension makes no request of its own).
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);
  return browser;
}

/**
 * Opens one of the extension's pages in a new tab. Puppeteer's BiDi navigation never sees a
 * moz-extension:// load finish, so the page is judged loaded when its document is.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${EXTENSION_ORIGIN}/${path}`, { waitUntil: 'domcontentloaded', timeout: 5_000 }).catch(() => undefined);
  await page.waitForFunction((origin) => location.href.startsWith(origin) && document.readyState === 'complete', { timeout: 15_000 }, EXTENSION_ORIGIN);
  return page;
}

/** Our highlights' range counts, read from the page (it shares CSS.highlights with the content script). */
export function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('mcxref-') && highlight.size > 0) out[name] = highlight.size;
    return out;
  });
}

/** Polls `read` until `accept` holds (or throws with the last value after `timeout` ms). */
export async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T = await read();
  while (!accept(last)) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeout} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 150));
    last = await read();
  }
  return last;
}

/** The centre of the first place `text` is printed, scrolled into view, in viewport coordinates. */
export async function pointAtText(page: Page, text: string, offsetChars = 4): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (text, offsetChars) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const index = n.data.indexOf(text);
        if (index < 0) continue;
        n.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(n, index + offsetChars);
        range.setEnd(n, index + offsetChars + 1);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    text,
    offsetChars,
  );
  if (!point) throw new Error(`"${text}" is not printed in one text node of the page`);
  return point;
}

/**
 * Runs `fn` (source text) on the card host's CLOSED shadow root and returns its value. Page scripts
 * (and puppeteer's selectors) cannot enter a closed root; WebDriver BiDi can, by serialising the host
 * with `includeShadowTree: "all"`, which hands back a reference to its shadow root. Puppeteer does not
 * expose that option, so this goes through its BiDi realm object directly.
 */
async function onCardRoot<T>(page: Page, fn: string): Promise<T | null> {
  const realm = (page.mainFrame() as unknown as { mainRealm(): { realm: BidiRealm } }).mainRealm().realm;
  const host = await realm.callFunction(
    '() => [...document.documentElement.children].find((el) => el !== document.head && el !== document.body) ?? null',
    true,
    { serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' }, resultOwnership: 'none' },
  );
  const root = host.result?.value?.shadowRoot;
  if (host.type !== 'success' || !root?.sharedId) return null;
  const out = await realm.callFunction(fn, true, { arguments: [{ sharedId: root.sharedId }], serializationOptions: { maxObjectDepth: 2 } });
  if (out.type !== 'success') throw new Error(`reading the card failed: ${JSON.stringify(out)}`);
  return deserialise(out.result) as T;
}

interface BidiValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}
interface BidiRealm {
  callFunction(
    fn: string,
    awaitPromise: boolean,
    options: Record<string, unknown>,
  ): Promise<{ type: string; result: BidiValue & { value?: { shadowRoot?: BidiValue } } }>;
}

/** BiDi's serialised values (strings, numbers, null, objects of them) back to plain values. */
function deserialise(v: BidiValue): unknown {
  switch (v.type) {
    case 'null':
    case 'undefined':
      return null;
    case 'object':
      return Object.fromEntries((v.value as Array<[string, BidiValue]>).map(([k, x]) => [k, deserialise(x)]));
    default:
      return v.value;
  }
}

/** The open card's text and accessible name, or null when no card is shown. */
export async function readCard(page: Page): Promise<{ name: string; heading: string; text: string; pressed: string | null } | null> {
  return onCardRoot(
    page,
    `(root) => {
      const dialog = root.querySelector('[role="dialog"]');
      if (!dialog || dialog.getClientRects().length === 0) return null;
      const save = dialog.querySelector('button[aria-pressed]');
      return {
        name: dialog.getAttribute('aria-label') ?? root.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ?? '',
        heading: dialog.querySelector('h2')?.textContent?.trim() ?? '',
        text: dialog.innerText,
        pressed: save?.getAttribute('aria-pressed') ?? null,
      };
    }`,
  );
}

/** Clicks the open card's Save button with the real (trusted) pointer. */
export async function clickCardSave(page: Page): Promise<void> {
  const box = await onCardRoot<{ x: number; y: number }>(
    page,
    `(root) => {
      const button = root.querySelector('[role="dialog"] button[aria-pressed]');
      // The card scrolls inside itself when the window is short (it never leaves the window).
      button?.scrollIntoView({ block: 'nearest' });
      const rect = button?.getBoundingClientRect();
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    }`,
  );
  if (!box) throw new Error('the open card has no Save button');
  await page.mouse.move(box.x, box.y, { steps: 3 });
  await page.mouse.click(box.x, box.y);
}

/** True when focus is in the card: the page sees only the card's host, a <div> child of <html>. */
export function focusInCard(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return !!active && active.parentElement === document.documentElement && active !== document.body && active.shadowRoot === null && active.tagName === 'DIV';
  });
}
