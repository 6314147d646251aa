/**
 * `npm run bench:pdf`: opens a 150-page PDF (the French note's pages repeated, printed by Chromium)
 * in the reader and prints:
 *   - time from opening to the first page painted with highlights;
 *   - time spent in our code per rendered page (reading the text layer, anchoring, painting):
 *     median and max, walking every page;
 *   - time spent in our code per page for the whole-document index (flattening and detection;
 *     PDF.js's own getTextContent is not ours): median and max;
 *   - the longest of those synchronous stretches of ours (a task of ours is at most that long),
 *     and the longest task on the page overall (PDF.js included), from a PerformanceObserver.
 * Needs a Chrome build (`npm run build`).
 */
import { launchWithExtension } from '../tests/browser';
import { startStaticServer } from '../tests/server';
import { resolve } from 'node:path';

const PAGES = 150;

interface Probe {
  openedAt: number;
  firstTextLayerAt: number;
  firstPaintedAt: number;
  paintTimes: number[];
  indexTimes: number[];
  pages: number;
  painted: number[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

const server = await startStaticServer(resolve(import.meta.dirname, '..', 'tests', 'site'));
const context = await launchWithExtension({ headless: true });
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  // The note's body repeated until the printed document has at least PAGES pages, then cut to PAGES by page ranges.
  const maker = await context.newPage();
  await maker.goto(`${server.origin}/note-fr.html`);
  const body = await maker.evaluate(() => document.body.innerHTML);
  const head = '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Note (150 pages)</title><link rel="stylesheet" href="un-doc.css"></head><body>';
  server.routes.set('/long.html', `${head}${body.repeat(60)}</body></html>`);
  await maker.goto(`${server.origin}/long.html`);
  const pdf = await maker.pdf({ format: 'A4', pageRanges: `1-${PAGES}` });
  await maker.close();
  server.files.set('/long.pdf', { type: 'application/pdf', body: pdf });
  console.log(`PDF: ${(pdf.byteLength / 1024 / 1024).toFixed(1)} MB`);

  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.addInitScript(() => {
    (window as unknown as { __longest: number }).__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as unknown as { __longest: number }).__longest = Math.max((window as unknown as { __longest: number }).__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`chrome-extension://${extensionId}/reader.html?file=${encodeURIComponent(`${server.origin}/long.pdf`)}`);
  const read = () => page.evaluate(() => (window as unknown as { __mcxrefReader?: Probe }).__mcxrefReader);
  await page.waitForFunction(() => ((window as unknown as { __mcxrefReader?: Probe }).__mcxrefReader?.firstPaintedAt ?? 0) > 0, undefined, { timeout: 60_000 });
  const first = (await read())!;
  console.log(`pages: ${first.pages}`);
  console.log(`open → first page painted with highlights: ${ms(first.firstPaintedAt - first.openedAt)} (PDF.js's first text layer at ${ms(first.firstTextLayerAt - first.openedAt)}; navigation start → painted: ${ms(first.firstPaintedAt)})`);

  // Walk every page as a reader scrolling would, waiting for each to be painted.
  for (let n = 1; n <= first.pages; n++) {
    await page.evaluate((n) => document.querySelector(`#viewer .page[data-page-number="${n}"]`)?.scrollIntoView(), n);
    await page.waitForFunction((n) => (window as unknown as { __mcxrefReader: Probe }).__mcxrefReader.painted.includes(n), n, { timeout: 30_000 });
  }
  // The whole-document index (what the popup lists) for every page.
  const tab = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  const t0 = Date.now();
  const reply = (await worker.evaluate((id) => chrome.tabs.sendMessage(id!, { type: 'page-citations' }, { frameId: 0 }), tab)) as { value: { citations: Array<{ count: number }> } };
  const listMs = Date.now() - t0;
  const last = (await read())!;
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  const citations = reply.value.citations.reduce((a, c) => a + c.count, 0);
  console.log(`citations in the document: ${citations} (On this page answered in ${listMs} ms after the walk)`);
  console.log(`our code per rendered page (text layer → highlights), ${last.paintTimes.length} paints: median ${ms(median(last.paintTimes))}, max ${ms(Math.max(...last.paintTimes))}`);
  console.log(`our code per page for the document index (flatten + detect), ${last.indexTimes.length} pages: median ${ms(median(last.indexTimes))}, max ${ms(Math.max(...last.indexTimes))}`);
  const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)] ?? NaN;
  console.log(`  (first paint ${ms(last.paintTimes[0] ?? NaN)}, p90 ${ms(p90(last.paintTimes))}; first index page ${ms(last.indexTimes[0] ?? NaN)}, p90 ${ms(p90(last.indexTimes))})`);
  const ours = Math.max(...last.paintTimes, ...last.indexTimes);
  console.log(`longest synchronous stretch of ours: ${ms(ours)} ${ours < 50 ? '(< 50 ms)' : '(OVER 50 ms)'}`);
  console.log(`longest task on the page, PDF.js included: ${ms(longest)}`);
} finally {
  await context.close();
  await server.close();
}
