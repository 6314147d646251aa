import { test as base, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { SITE_DIR } from '../fixtures';
import { serverFixture, type StaticServer } from '../server';
import { EXTENSION_ORIGIN, launchFirefoxWithExtension, openExtensionPage } from './harness';

interface Fixtures {
  firefox: Browser;
  /** Every request any page made to anything but our loopback server and the extension. */
  foreignRequests: string[];
  /** Opens a fixture page of tests/site in a new tab, watched for foreign requests. */
  openPage: (path: string) => Promise<Page>;
  /** Opens an extension page (popup.html, options.html) in a new tab. */
  openExtension: (path: string) => Promise<Page>;
  /**
   * Sends `message` from an extension page to the content script of `page`'s top frame, as the
   * background's keyboard command does (commands do not fire from synthetic key presses).
   */
  sendToPage: (page: Page, message: unknown) => Promise<unknown>;
}

/**
 * Fixtures for the Firefox suite: a fresh headless Firefox with the built add-on per test, a loopback
 * server per worker, and a record of foreign requests that each test checks is empty.
 */
export const test = base.extend<Fixtures, { server: StaticServer }>({
  server: serverFixture(SITE_DIR),
  foreignRequests: async ({}, use) => {
    await use([]);
  },
  firefox: async ({ server, foreignRequests }, use) => {
    const browser = await launchFirefoxWithExtension();
    // The same loopback server under its other name serves the cross-origin frame fixtures.
    const ours = [server.origin, server.origin.replace('127.0.0.1', 'localhost'), EXTENSION_ORIGIN];
    const watch = (page: Page) =>
      page.on('request', (request) => {
        const url = request.url();
        if (ours.some((origin) => url.startsWith(origin)) || /^(data|about|blob):/.test(url)) return;
        foreignRequests.push(url);
      });
    for (const page of await browser.pages()) watch(page);
    browser.on('targetcreated', (target) => {
      void target.page().then((page) => page && watch(page));
    });
    await use(browser);
    await browser.close();
  },
  openPage: async ({ firefox, server }, use) => {
    await use(async (path) => {
      const page = await firefox.newPage();
      await page.goto(`${server.origin}/${path}`);
      return page;
    });
  },
  openExtension: async ({ firefox }, use) => {
    await use((path) => openExtensionPage(firefox, path));
  },
  sendToPage: async ({ firefox }, use) => {
    await use(async (page, message) => {
      await page.bringToFront();
      const relay = await openExtensionPage(firefox, 'options.html');
      // The relay tab opens in the background of the same window only after the page is in front again.
      await page.bringToFront();
      try {
        return await relay.evaluate(async (msg) => {
          const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> } } }).browser;
          const [tab] = await api.tabs.query({ active: true, currentWindow: true });
          if (tab?.id === undefined) throw new Error('no active tab');
          return api.tabs.sendMessage(tab.id, msg, { frameId: 0 });
        }, message);
      } finally {
        await relay.close();
      }
    });
  },
});

export { expect };
