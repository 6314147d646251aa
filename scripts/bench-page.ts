/**
 * `npm run bench:page`: drives Chromium over generated pages and prints what the content script
 * costs (scenarios in scripts/bench/scenarios.ts):
 *   - dense reports of 2 MB (10 000 citations) and 6 MB (30 000): extra main-thread time beside
 *     mark.js marking the same matches on the same page; a 2 MB page without citations;
 *   - a page whose text changes every 16 ms for 10 s, with 1 000 citations (and 20): extra time over the page's own;
 *   - long tasks while a 100 000-node report and a page of 1 million text nodes are scanned live;
 *   - first-card latency: from the end of the dwell on a citation to the card painted.
 * BENCH_ONLY=dense2,dense6,empty,mutating,mutating20,tasks100k,tasks1m,card picks scenarios; BENCH_RUNS (default 3) sets the runs per figure;
 * BENCH_EXTENSION_DIR measures another build (e.g. a copy of an older .output/chrome-mv3).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, launchWithExtension } from '../tests/browser';
import { startStaticServer } from '../tests/server';
import { densePage, inlineReportPage, manyNodesPage, mutatingPage } from './bench/pages';
import { dense, firstCard, mutating, quiet, scanLongTasks, type Bench } from './bench/scenarios';

const MB = 1024 * 1024;

async function main() {
  if (!chromiumPath()) throw new Error('No Chromium found (set CHROMIUM_PATH).');
  const only = new Set((process.env.BENCH_ONLY ?? 'dense2,dense6,empty,mutating,mutating20,tasks100k,tasks1m,card').split(','));
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const server = await startStaticServer(resolve(import.meta.dirname, '..', 'tests', 'site'));
  server.routes.set('/dense-2mb.html', densePage(2 * MB, 10_000));
  server.routes.set('/dense-6mb.html', densePage(6 * MB, 30_000));
  server.routes.set('/empty-2mb.html', densePage(2 * MB, 0));
  server.routes.set('/mutating.html', mutatingPage(1000));
  server.routes.set('/mutating-20.html', mutatingPage(20));
  server.routes.set('/inline-100k.html', inlineReportPage());
  server.routes.set('/text-1m.html', manyNodesPage(1_000_000));
  const markSource = readFileSync(resolve(import.meta.dirname, '..', 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');
  const extensionDir = process.env.BENCH_EXTENSION_DIR;
  const ours = await launchWithExtension({ headless: true, ...(extensionDir ? { extensionDir } : {}) });
  const plain = await chromium.launchPersistentContext('', { executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const serviceWorker = ours.serviceWorkers()[0] ?? (await ours.waitForEvent('serviceworker'));
    const b: Bench = { ours, serviceWorker, plain, origin: server.origin, markSource, runs };
    console.log(`Extension: ${extensionDir ?? '.output/chrome-mv3'}; ${runs} run(s) per figure; viewport 1280x720`);
    if (only.has('dense2')) await dense(b, '/dense-2mb.html', 'Dense 2 MB', 10_000);
    if (only.has('dense6')) await dense(b, '/dense-6mb.html', 'Dense 6 MB', 30_000);
    if (only.has('empty')) await quiet(b, '/empty-2mb.html', 'No-citation page, 2 MB');
    if (only.has('mutating')) await mutating(b, '/mutating.html', 'Mutating page, 1 000 citations');
    if (only.has('mutating20')) await mutating(b, '/mutating-20.html', 'Mutating page, 20 citations');
    if (only.has('tasks100k')) await scanLongTasks(b, '/inline-100k.html', 'Report of 100 000 nodes scanned live');
    if (only.has('card')) await firstCard(b, '/brief-en.html', 'First card on a page', 'UNEP/MC/COP.6/INF/28');
    if (only.has('tasks1m')) await scanLongTasks(b, '/text-1m.html', 'Page of 1 million text nodes scanned live');
  } finally {
    await ours.close();
    await plain.close();
    await server.close();
  }
}

await main();
