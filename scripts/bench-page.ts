/**
 * `npm run bench:page`: drives Chromium over generated pages and prints what the content script
 * costs, beside mark.js marking the same matches on the same page in the same run:
 *   - a 2 MB page with 5 000 citations: time until everything is highlighted (after
 *     DOMContentLoaded), the longest task of ours, our total main-thread time, the heap growth;
 *   - a 2 MB page with no citation: our total main-thread time (and per MB).
 * Our script's work is read from a Chromium trace: JavaScript events whose script URL is the
 * extension's. Needs a Chrome build (`npm run build`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath, launchWithExtension } from '../tests/browser';
import { startStaticServer } from '../tests/server';

const TARGET_BYTES = 2 * 1024 * 1024;
const CITATIONS = 5000;

const FILLER = [
  'The Conference of the Parties considered the information provided by the secretariat and by Parties on the implementation of the provisions relating to cooperation.',
  'Several delegations stressed the importance of capacity-building, technical assistance and technology transfer for developing countries.',
  'The representative of one regional group welcomed the progress made during the intersessional period and called for continued engagement.',
  'Observers from intergovernmental organizations described joint activities on health, waste and the sound management of chemicals.',
  'It was noted that resources remained limited and that priorities for the next biennium would need to be agreed at the next meeting.',
];
const CITES = ['UNEP/MC/COP.6/INF/28', 'UNEP/MC/COP.6/22', 'resolution 6/4', 'decision MC-5/3', 'UNEP/MC/COP.5/INF/28', 'UNEP/EA.6/Res.9'];
const MARK_PATTERN = String.raw`UNEP\/MC\/COP\.6\/INF\/28|UNEP\/MC\/COP\.6\/22|resolution 6\/4|decision MC-5\/3|UNEP\/MC\/COP\.5\/INF\/28|UNEP\/EA\.6\/Res\.9`;

/** A report-like page of about 2 MB of text: paragraphs under section headings, `citations` of them cited. */
function generatePage(citations: number): string {
  const parts: string[] = [];
  let size = 0;
  let placed = 0;
  let i = 0;
  // Spread the citations evenly over the paragraphs the size allows.
  const paragraphs = Math.ceil(TARGET_BYTES / 700);
  while (size < TARGET_BYTES) {
    let text = `${FILLER[i % FILLER.length]} ${FILLER[(i + 2) % FILLER.length]} ${FILLER[(i + 4) % FILLER.length]} ${FILLER[(i + 1) % FILLER.length]}`;
    const due = Math.floor(((i + 1) * citations) / paragraphs) - placed;
    for (let k = 0; k < due && placed < citations; k++, placed++) {
      text += ` See ${CITES[placed % CITES.length]} on this point (Minamata Convention).`;
    }
    const html = `${i % 40 === 0 ? `<h2>Section ${i / 40 + 1}</h2>` : ''}<p>${text}</p>\n`;
    parts.push(html);
    size += text.length;
    i++;
  }
  while (placed < citations) {
    parts.push(`<p>Finally, see ${CITES[placed % CITES.length]} (Minamata Convention).</p>\n`);
    placed++;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script>
  // Records when the page holds the expected number of highlighted ranges.
  window.__expected = ${citations};
  (function poll() {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('mcxref-') && name !== 'mcxref-flash') n += h.size;
    if (window.__expected > 0 && n >= window.__expected && !window.__doneAt) {
      // Done once the frame with every highlight has been produced.
      requestAnimationFrame(() => setTimeout(() => { window.__doneAt = performance.now(); }, 0));
      return;
    }
    setTimeout(poll, 5);
  })();
</script></head><body><main>${parts.join('')}</main></body></html>`;
}

interface TraceEvent { name: string; ph: string; dur?: number; ts: number; args?: { data?: { url?: string; scriptName?: string } } }

async function traceWhile(page: Page, action: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await action();
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/**
 * Our JavaScript time from a trace: top-level script events whose URL is the extension's. `spanMs`
 * runs from the start of our script to the end of our last call (the whole scan, yields included).
 */
function ourWork(events: TraceEvent[]): { totalMs: number; longestMs: number; tasks: number; spanMs: number } {
  let total = 0;
  let longest = 0;
  let tasks = 0;
  let first = Infinity;
  let last = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'TimerFire', 'FireAnimationFrame'].includes(e.name)) continue;
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    if (!url.startsWith('chrome-extension://')) continue;
    const ms = (e.dur ?? 0) / 1000;
    total += ms;
    longest = Math.max(longest, ms);
    tasks++;
    first = Math.min(first, e.ts);
    last = Math.max(last, e.ts + (e.dur ?? 0));
  }
  return { totalMs: total, longestMs: longest, tasks, spanMs: tasks > 0 ? (last - first) / 1000 : 0 };
}

/** Longest task on the renderer's main thread after `sinceTs` (µs), whoever ran it. */
function longestTask(events: TraceEvent[]): number {
  let longest = 0;
  for (const e of events) if (e.ph === 'X' && e.name === 'RunTask' && e.dur) longest = Math.max(longest, e.dur / 1000);
  return longest;
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

async function ourRun(context: BrowserContext, url: string, expected: number) {
  const page = await context.newPage();
  let doneAt = 0;
  let dcl = 0;
  const events = await traceWhile(page, async () => {
    await page.goto(url);
    if (expected > 0) {
      await page.waitForFunction(() => (window as unknown as { __doneAt?: number }).__doneAt, undefined, { timeout: 60_000, polling: 50 });
      doneAt = await page.evaluate(() => (window as unknown as { __doneAt: number }).__doneAt);
    } else {
      await page.waitForTimeout(1500);
    }
    dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
  });
  // Content added later (infinite scroll): time until its citation is painted.
  const addedMs = expected > 0 ? await page.evaluate(async (before) => {
    const count = () => {
      let n = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('mcxref-') && name !== 'mcxref-flash') n += h.size;
      return n;
    };
    const p = document.createElement('p');
    p.textContent = 'A late paragraph citing UNEP/MC/COP.6/INF/33 of the Minamata COP.';
    const start = performance.now();
    document.querySelector('main')!.append(p);
    while (count() <= before) await new Promise((ok) => setTimeout(ok, 2));
    return performance.now() - start;
  }, expected) : 0;
  const heap = await heapAfterGc(page);
  await page.close();
  return { toDoneMs: doneAt - dcl, work: ourWork(events), longestAnyTask: longestTask(events), heap, addedMs };
}

async function plainHeap(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(300);
  const heap = await heapAfterGc(page);
  await page.close();
  return heap;
}

async function markJsRun(context: BrowserContext, url: string, markSource: string) {
  const page = await context.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: markSource });
  const result = await page.evaluate(async (pattern) => {
    const Mark = (window as unknown as { Mark: new (el: Element) => { markRegExp(re: RegExp, opts: object): void } }).Mark;
    const start = performance.now();
    let count = 0;
    new Mark(document.body).markRegExp(new RegExp(pattern, 'g'), { each: () => count++ });
    const marked = performance.now() - start;
    // The marks are on screen once the browser has laid out the rewritten page and produced a frame.
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    return { ms: marked, onScreenMs: performance.now() - start, count };
  }, MARK_PATTERN);
  await page.close();
  return result;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  if (!chromiumPath()) throw new Error('No Chromium found (set CHROMIUM_PATH).');
  const server = await startStaticServer(resolve(import.meta.dirname, '..', 'tests', 'site'));
  const dense = generatePage(CITATIONS);
  const empty = generatePage(0);
  server.routes.set('/bench-dense.html', dense);
  server.routes.set('/bench-empty.html', empty);
  const markSource = readFileSync(resolve(import.meta.dirname, '..', 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');

  const withExtension = await launchWithExtension({ headless: true });
  const plain = await chromium.launchPersistentContext('', { executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const ours = await ourRun(withExtension, `${server.origin}/bench-dense.html`, CITATIONS);
    const baseHeap = await plainHeap(plain, `${server.origin}/bench-dense.html`);
    const mark = await markJsRun(plain, `${server.origin}/bench-dense.html`, markSource);
    const quiet = await ourRun(withExtension, `${server.origin}/bench-empty.html`, 0);
    const emptyMb = empty.length / 1024 / 1024;

    console.log(`Dense page: ${mb(dense.length)} MB of HTML, ${CITATIONS} citations`);
    console.log(`  mc-xref: scan ${ms(ours.work.spanMs)} from our script's start to its last call (JS ${ms(ours.work.totalMs)} in ${ours.work.tasks} calls, the rest yielded to the page); everything on screen ${ms(ours.toDoneMs)} after DOMContentLoaded`);
    console.log(`           longest call of ours ${ms(ours.work.longestMs)}; longest main-thread task of anyone ${ms(ours.longestAnyTask)} (the page's own parsing and layout); heap +${mb(ours.heap - baseHeap)} MB over the page without the extension`);
    console.log(`           a paragraph added after load is painted ${ms(ours.addedMs)} later (mutations are gathered for 100 ms)`);
    console.log(`  mark.js: markRegExp ${ms(mark.ms)} in one blocking task; on screen after ${ms(mark.onScreenMs)} (the DOM it rewrote laid out); ${mark.count} marks`);
    console.log(`  ratio mark.js/mc-xref: JS ${(mark.ms / ours.work.totalMs).toFixed(2)}x; time to on-screen ${(mark.onScreenMs / ours.work.spanMs).toFixed(2)}x (scan span)`);
    console.log(`No-citation page: ${mb(empty.length)} MB`);
    console.log(`  mc-xref: our JS ${ms(quiet.work.totalMs)} total (${(quiet.work.totalMs / emptyMb).toFixed(2)} ms per MB), longest call ${ms(quiet.work.longestMs)}`);
  } finally {
    await withExtension.close();
    await plain.close();
    await server.close();
  }
}

await main();
