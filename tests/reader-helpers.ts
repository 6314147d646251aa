import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { EXTENSION_DIR } from './browser';
import { highlightedTexts } from './page-helpers';
import type { StaticServer } from './server';

/**
 * Prints a demo page to PDF with Chromium (`page.pdf()`), as a reader would "save as PDF", and
 * serves it at `/<name>.pdf`: the reader's fixtures are generated, never stored as binary files.
 * `html` replaces the page's body when given (for generated layouts).
 */
export async function printPdf(context: BrowserContext, server: StaticServer, name: string, options: { html?: string; path?: string } = {}): Promise<Uint8Array> {
  const page = await context.newPage();
  if (options.html !== undefined) {
    server.routes.set(`/${name}.html`, options.html);
  }
  await page.goto(`${server.origin}/${name}.html`);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.close();
  server.files.set(options.path ?? `/${name}.pdf`, { type: 'application/pdf', body: pdf });
  return pdf;
}

/** The reader's address for a PDF. */
export function readerAddress(extensionId: string, pdfUrl: string): string {
  const hash = pdfUrl.indexOf('#');
  const bare = hash >= 0 ? pdfUrl.slice(0, hash) : pdfUrl;
  return `chrome-extension://${extensionId}/reader.html?file=${encodeURIComponent(bare)}${hash >= 0 ? pdfUrl.slice(hash) : ''}`;
}

interface Probe {
  pages: number;
  painted: number[];
  paintTimes: number[];
  firstPaintedAt: number;
  openedAt: number;
}

export function probe(page: Page): Promise<Probe> {
  // Before the reader has started (or while the tab still shows another page) there is no probe yet.
  return page.evaluate(() => (window as unknown as { __mcxrefReader?: Probe }).__mcxrefReader ?? { pages: 0, painted: [], paintTimes: [], firstPaintedAt: 0, openedAt: 0 });
}

/** Waits until page `n` of the open document is painted. */
export async function waitPainted(page: Page, n: number): Promise<void> {
  await expect.poll(async () => (await probe(page)).painted.includes(n), { timeout: 20_000 }).toBe(true);
}

/** Scrolls through the whole (short) document so that PDF.js renders, and we paint, every page. */
export async function paintAllPages(page: Page): Promise<number> {
  await expect.poll(async () => (await probe(page)).pages).toBeGreaterThan(0);
  const { pages } = await probe(page);
  for (let n = 1; n <= pages; n++) {
    await page.evaluate((n) => document.querySelector(`#viewer .page[data-page-number="${n}"]`)?.scrollIntoView(), n);
    await waitPainted(page, n);
  }
  return pages;
}

/** Text of each highlighted range with all white space and hyphens removed. */
export const highlightedCompact = (page: Page): Promise<string[]> => highlightedTexts(page, true);

/**
 * A copy of the Chrome build in which the optional site access is already granted, as after the
 * reader clicked "Allow and open" (Chromium shows that prompt in a dialog no test can accept). The
 * reader's own code is the build's; only the manifest's optional_host_permissions become host_permissions.
 */
export function grantedBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcxref-granted-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[]; optional_host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
  delete manifest.optional_host_permissions;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}
