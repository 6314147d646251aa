/**
 * `npm run screenshots`: opens the demo pages in Chromium with the built extension and saves what a
 * reader sees (cards in light and dark, French, English and Spanish, a card near the window's edge,
 * the popup, the options page) to docs/screenshots/, for the README and for review.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { selectors, type BrowserContext, type Page } from '@playwright/test';
import { launchWithExtension } from '../tests/browser';
import { cardSelectorEngine, exposeCardRoot } from '../tests/card-probe';
import { CARD, pointAtText, storeSettings } from '../tests/page-helpers';
import { startStaticServer } from '../tests/server';

const out = resolve(import.meta.dirname, '..', 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const server = await startStaticServer(resolve(import.meta.dirname, '..', 'tests', 'site'));

async function setCardLang(context: BrowserContext, cardLang: string) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await storeSettings(worker, { cardLang });
}

async function cardShot(context: BrowserContext, file: string, path: string, text: string, offset: number, scheme: 'light' | 'dark', viewport = { width: 1100, height: 760 }) {
  const page: Page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${server.origin}/${path}`);
  await page.waitForTimeout(600);
  const point = await pointAtText(page, text, 0, offset);
  await page.mouse.move(point.x, point.y);
  await page.locator(CARD).waitFor();
  await page.waitForTimeout(150);
  await page.screenshot({ path: resolve(out, file) });
  await page.close();
}

// The card is in a closed shadow root: reach it as the specs do (tests/card-probe.ts).
await selectors.register('mcxref', cardSelectorEngine);
const context = await launchWithExtension({ headless: true });
context.on('page', (page) => void exposeCardRoot(page).catch(() => undefined));
try {
  await setCardLang(context, 'fr');
  await cardShot(context, 'card-fr-light.png', 'note-fr.html', 'UNEP/MC/COP.6/INF/29', 8, 'light');
  await cardShot(context, 'card-fr-dark.png', 'note-fr.html', 'résolution 6/9', 12, 'dark');
  await cardShot(context, 'card-fr-article.png', 'note-fr.html', 'paragraphe 2 de l’article 16', 25, 'light');
  await setCardLang(context, 'en');
  await cardShot(context, 'card-en-light.png', 'brief-en.html', 'Article 16(2)(a)', 4, 'light');
  await cardShot(context, 'card-en-dark.png', 'brief-en.html', 'UNEP/MC/COP.6/22', 6, 'dark');
  await cardShot(context, 'card-en-edge.png', 'brief-en.html', 'UNEP/MC/COP.5/INF/28', 10, 'light', { width: 520, height: 640 });
  await setCardLang(context, 'es');
  await cardShot(context, 'card-es-light.png', 'nota-es.html', 'artículo 23, párrafo 5 b)', 4, 'light');
  await setCardLang(context, 'en');
  const worker = context.serviceWorkers()[0]!;
  const id = new URL(worker.url()).host;
  // A reader's list: three references saved from the demo pages, one with a note.
  const note = await context.newPage();
  await note.goto(`${server.origin}/brief-en.html`);
  await note.waitForTimeout(600);
  for (const text of ['UNEP/MC/COP.6/INF/28', 'Article 16(2)(a)', 'resolution 6/9']) {
    const point = await pointAtText(note, text, 0, 3);
    await note.mouse.move(point.x, point.y);
    const save = note.locator(`${CARD} button.primary`);
    await save.waitFor();
    await save.click({ force: true });
    await note.locator(`${CARD} button.primary[aria-pressed="true"]`).waitFor();
    await note.mouse.move(2, 2);
    await note.locator(CARD).waitFor({ state: 'detached' });
  }
  await note.bringToFront();
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  for (const [file, path, size, scheme] of [
    ['popup.png', 'popup.html', { width: 420, height: 600 }, 'light'],
    ['popup-dark.png', 'popup.html', { width: 420, height: 600 }, 'dark'],
    ['popup-on-page.png', `popup.html?tab=${tabId}&view=page`, { width: 420, height: 600 }, 'light'],
    ['options.png', 'options.html', { width: 900, height: 900 }, 'light'],
    ['options-dark.png', 'options.html', { width: 900, height: 900 }, 'dark'],
  ] as const) {
    const page = await context.newPage();
    await page.setViewportSize(size);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${id}/${path}`);
    await page.waitForTimeout(600);
    await page.screenshot({ path: resolve(out, file) });
    await page.close();
  }
  await setCardLang(context, 'auto');
  console.log(`Screenshots written to ${out}`);
} finally {
  await context.close();
  await server.close();
}
