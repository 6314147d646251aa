/**
 * Part of `npm run screenshots`: the French note printed to PDF, open in the mc-xref reader, with
 * the card of a citation on the PDF page (docs/screenshots/reader-card.png), light and dark.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { selectors } from '@playwright/test';
import { launchWithExtension } from '../tests/browser';
import { cardSelectorEngine, exposeCardRoot } from '../tests/card-probe';
import { CARD, pointAtText, storeSettings } from '../tests/page-helpers';
import { startStaticServer } from '../tests/server';

const out = resolve(import.meta.dirname, '..', 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const server = await startStaticServer(resolve(import.meta.dirname, '..', 'tests', 'site'));
// The card's root is closed: reach it as the specs do (tests/card-probe.ts).
await selectors.register('mcxref', cardSelectorEngine);
const context = await launchWithExtension({ headless: true });
context.on('page', (page) => void exposeCardRoot(page).catch(() => undefined));
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await storeSettings(worker, { cardLang: 'fr' });
  const id = new URL(worker.url()).host;
  const maker = await context.newPage();
  await maker.goto(`${server.origin}/note-fr.html`);
  server.files.set('/note-fr.pdf', { type: 'application/pdf', body: await maker.pdf({ format: 'A4' }) });
  await maker.close();
  for (const scheme of ['light', 'dark'] as const) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${id}/reader.html?file=${encodeURIComponent(`${server.origin}/note-fr.pdf`)}`);
    await page.waitForFunction(() => ((window as unknown as { __mcxrefReader?: { painted: number[] } }).__mcxrefReader?.painted.length ?? 0) > 0);
    const point = await pointAtText(page, 'UNEP/MC/COP.6/INF/28', 0, 8);
    await page.mouse.move(point.x, point.y);
    await page.locator(CARD).waitFor();
    await page.waitForTimeout(200);
    await page.screenshot({ path: resolve(out, scheme === 'light' ? 'reader-card.png' : 'reader-card-dark.png') });
    await page.close();
  }
} finally {
  await context.close();
  await server.close();
}
