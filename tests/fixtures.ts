import { test as base, expect, selectors, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { cardSelectorEngine, exposeCardRoot } from './card-probe';
import { resolve } from 'node:path';
import { launchWithExtension } from './browser';
import { serverFixture, type StaticServer } from './server';

/** Fixture pages for the specs; the demo pages live in tests/site/. */
export const SITE_DIR = resolve(import.meta.dirname, 'site');

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens an extension page (e.g. "popup.html") in a new tab. */
  openExtensionPage: (path: string) => Promise<Page>;
  /** Lists every request the browser made to anything but our loopback server and the extension. */
  foreignRequests: string[];
  /**
   * Sends a runtime message from the service worker to the content script of `page`'s top frame,
   * the way the popup and the keyboard command reach it (commands do not fire from key presses in
   * headless Chromium). The page is brought to the front and taken as the active tab.
   */
  sendToPage: (page: Page, message: unknown) => Promise<unknown>;
  /**
   * Whether every page of the context gets the card's closed shadow root exposed to the `mcxref=`
   * selector engine (see card-probe.ts). The hostile-page spec turns it off: there the page is the
   * attacker and must not be handed anything.
   */
  exposeCard: boolean;
  /** Another unpacked build to load instead of .output/chrome-mv3 (the reader's specs load one with site access granted). */
  extensionDir: string | undefined;
}

interface WorkerFixtures {
  server: StaticServer;
  cardEngine: void;
}

/**
 * Playwright fixtures: a persistent Chromium context with the built extension, its id, helpers to
 * open its pages, and a loopback server for fixture pages (shared by the tests of one worker).
 */
export const test = base.extend<Fixtures, WorkerFixtures>({
  server: serverFixture(SITE_DIR),
  cardEngine: [
    async ({}, use) => {
      await selectors.register('mcxref', cardSelectorEngine);
      await use();
    },
    { scope: 'worker', auto: true },
  ],
  exposeCard: [true, { option: true }],
  extensionDir: [undefined, { option: true }],
  foreignRequests: async ({}, use) => {
    await use([]);
  },
  // `test.use({ locale: 'ar' })` gives pages and extension pages that browser language.
  context: async ({ foreignRequests, server, exposeCard, locale, extensionDir }, use) => {
    const context = await launchWithExtension({ headless: true, ...(locale ? { locale } : {}), ...(extensionDir ? { extensionDir } : {}) });
    if (exposeCard) context.on('page', (page) => void exposeCardRoot(page).catch(() => undefined));
    context.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(server.origin) || url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('about:')) return;
      foreignRequests.push(url);
    });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  sendToPage: async ({ serviceWorker }, use) => {
    await use(async (page: Page, message: unknown) => {
      await page.bringToFront();
      return serviceWorker.evaluate(async (msg) => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id === undefined) throw new Error('no active tab');
        return chrome.tabs.sendMessage(tab.id, msg, { frameId: 0 });
      }, message);
    });
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export { expect };
