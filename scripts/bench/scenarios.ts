/**
 * The scenarios of `npm run bench:page`. Each prints its own figures; none asserts anything (the
 * figures depend on the machine, and wall-clock checks in tests flake on busy machines).
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { storeSettings } from '../../tests/page-helpers';
import { MARK_PATTERN } from './pages';
import { citationsFound, fmt, longTasksTraced, mainThreadMs, median, openProbe, paintedNow, settle } from './measure';

export interface Bench {
  ours: BrowserContext;
  serviceWorker: Worker;
  plain: BrowserContext;
  origin: string;
  markSource: string;
  runs: number;
}

/** Main-thread time of loading `url` until quiet, in the given browser. */
async function loadCost(context: BrowserContext, url: string, after?: (probe: Awaited<ReturnType<typeof openProbe>>) => Promise<void>) {
  const probe = await openProbe(context);
  await probe.page.goto(url, { timeout: 300_000 });
  const total = await settle(probe);
  await after?.(probe);
  await probe.page.close();
  return total;
}

/**
 * A dense report: our extra main-thread time (page with the extension minus the same page without)
 * beside mark.js's (the same page, time of marking it and laying the result out).
 */
export async function dense(b: Bench, path: string, label: string, expected: number): Promise<void> {
  const url = `${b.origin}${path}`;
  const base: number[] = [];
  const ours: number[] = [];
  const mark: number[] = [];
  const addedMs: number[] = [];
  let found = 0;
  let painted = 0;
  for (let r = 0; r < b.runs; r++) {
    base.push(await loadCost(b.plain, url));
    ours.push(
      await loadCost(b.ours, url, async (probe) => {
        found = await citationsFound(b.serviceWorker, probe.page);
        painted = await paintedNow(probe.page);
        addedMs.push(await paintLatency(probe.page));
      }),
    );
    const probe = await openProbe(b.plain);
    await probe.page.goto(url, { timeout: 300_000 });
    const before = await settle(probe);
    await probe.page.addScriptTag({ content: b.markSource });
    await probe.page.evaluate(async (pattern) => {
      const Mark = (window as unknown as { Mark: new (el: Element) => { markRegExp(re: RegExp): void } }).Mark;
      new Mark(document.body).markRegExp(new RegExp(pattern, 'g'));
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    }, MARK_PATTERN);
    mark.push((await settle(probe)) - before);
    await probe.page.close();
  }
  const oursExtra = median(ours) - median(base);
  const markExtra = median(mark);
  console.log(`${label}: ${expected} citations (found ${found}; ${painted} ranges registered at the top of the page)`);
  console.log(`  page alone ${fmt(median(base))} of main-thread CPU; mc-xref adds ${fmt(oursExtra)}; mark.js adds ${fmt(markExtra)}`);
  console.log(`  ratio mark.js/mc-xref extra main-thread time: ${(markExtra / Math.max(1, oursExtra)).toFixed(1)}x (median of ${b.runs} runs)`);
  console.log(`  a paragraph added at the top after load is painted ${fmt(median(addedMs))} later (mutations are gathered for 100 ms)`);
}

/** A 2 MB page without any citation: what the extension costs a page it has nothing to do on. */
export async function quiet(b: Bench, path: string, label: string): Promise<void> {
  const url = `${b.origin}${path}`;
  const base: number[] = [];
  const ours: number[] = [];
  for (let r = 0; r < b.runs; r++) {
    base.push(await loadCost(b.plain, url));
    ours.push(await loadCost(b.ours, url));
  }
  console.log(`${label}: page alone ${fmt(median(base))} of main-thread CPU; mc-xref adds ${fmt(median(ours) - median(base))}`);
}

/** Time from adding a cited paragraph at the top of the page to its range being registered. */
function paintLatency(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const count = () => {
      let n = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('mcxref-') && name !== 'mcxref-flash') n += h.size;
      return n;
    };
    const before = count();
    const p = document.createElement('p');
    p.textContent = 'A late paragraph citing UNEP/MC/COP.6/INF/33 of the Minamata COP.';
    const start = performance.now();
    document.querySelector('main')!.prepend(p);
    while (count() <= before) await new Promise((ok) => requestAnimationFrame(ok));
    return performance.now() - start;
  });
}

/**
 * A page whose text changes every 16 ms for 10 s: extra main-thread time of the extension over the
 * page's own work in the same 10 s (Chromium re-processes registered highlights on each change).
 */
export async function mutating(b: Bench, path: string, label: string, seconds = 10): Promise<void> {
  const url = `${b.origin}${path}`;
  const run = async (context: BrowserContext) => {
    const probe = await openProbe(context);
    await probe.page.goto(url, { timeout: 300_000 });
    await settle(probe);
    const painted = await paintedNow(probe.page);
    const t0 = await mainThreadMs(probe);
    await probe.page.evaluate(() => (window as unknown as { __tick: (on: boolean) => void }).__tick(true));
    await probe.page.waitForTimeout(seconds * 1000);
    const updates = await probe.page.evaluate(() => {
      const w = window as unknown as { __tick: (on: boolean) => void; __updates: number };
      w.__tick(false);
      return w.__updates;
    });
    const spent = (await mainThreadMs(probe)) - t0;
    await probe.page.close();
    // Per update of the page's text: a busy machine runs fewer updates in the same 10 s.
    return { perUpdate: spent / Math.max(1, updates), updates, painted };
  };
  const page: number[] = [];
  const ours: number[] = [];
  const updates: number[] = [];
  let painted = 0;
  for (let r = 0; r < b.runs; r++) {
    const p = await run(b.plain);
    page.push(p.perUpdate);
    const o = await run(b.ours);
    ours.push(o.perUpdate);
    updates.push(p.updates, o.updates);
    painted = o.painted;
  }
  const extra = median(ours) - median(page);
  const ms2 = (n: number) => `${n.toFixed(2)} ms`;
  console.log(`${label}: text changing every 16 ms for ${seconds} s (${painted} ranges registered; ${Math.min(...updates)}-${Math.max(...updates)} updates per run)`);
  console.log(`  main-thread CPU per update: page alone ${ms2(median(page))}; with mc-xref ${ms2(median(ours))}; extra ${ms2(extra)} = ${((100 * extra) / median(page)).toFixed(0)}% of the page's own (aim: under 25%)`);
}

/**
 * Long tasks while we scan and paint a big page: the page loads with the extension switched off on
 * its site (so its own parsing and layout are over), tracing starts, the site is switched on and the
 * open page is scanned live until the main thread is quiet again.
 */
export async function scanLongTasks(b: Bench, path: string, label: string): Promise<void> {
  const url = `${b.origin}${path}`;
  const site = new URL(url).hostname;
  await storeSettings(b.serviceWorker, { disabledSites: [site] });
  const probe = await openProbe(b.ours);
  try {
    await probe.page.goto(url, { timeout: 300_000 });
    await settle(probe);
    const t0 = await mainThreadMs(probe);
    let found = 0;
    const tasks = await longTasksTraced(probe, async () => {
      await storeSettings(b.serviceWorker, { disabledSites: [] });
      found = await citationsFound(b.serviceWorker, probe.page);
      await settle(probe);
    });
    const spent = (await mainThreadMs(probe)) - t0;
    const list = (v: number[]) => `${v.length}${v.length ? ` (longest ${v.slice(0, 5).map(fmt).join(', ')})` : ''}`;
    console.log(`${label}: ${found} citations found, ${await paintedNow(probe.page)} ranges registered; ${fmt(spent)} of main-thread CPU to scan and paint`);
    console.log(`  main-thread tasks over 50 ms while scanning and painting: ${list(tasks.cpu)} by CPU time; ${list(tasks.wall)} by wall time (the machine's load included)`);
  } finally {
    await probe.page.close();
    await storeSettings(b.serviceWorker, { disabledSites: [] });
  }
}

/**
 * First-card latency: on a freshly loaded page (the card UI not loaded yet in the frame), the pointer
 * rests on a citation; the figure is the time from the end of the dwell (the pointer's arrival plus the
 * hover delay) to the first frame after the card's host appears with the card rendered in its shadow
 * root. The host is added in the same task as the card's first render, so a MutationObserver of the
 * page's own sees the moment; the next animation frame is when it is painted. Includes asking the
 * background for the card and loading the card UI bundle.
 */
export async function firstCard(b: Bench, path: string, label: string, text: string): Promise<void> {
  const url = `${b.origin}${path}`;
  const delays: number[] = [];
  const hoverDelayMs = 300;
  await storeSettings(b.serviceWorker, { hoverDelayMs });
  try {
    for (let r = 0; r < b.runs; r++) {
      const probe = await openProbe(b.ours);
      await probe.page.goto(url, { timeout: 300_000 });
      await settle(probe);
      await citationsFound(b.serviceWorker, probe.page);
      const point = await probe.page.evaluate((needle) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent!.indexOf(needle);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at + 4);
          range.setEnd(n, at + 5);
          range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
        throw new Error(`"${needle}" is not on the page`);
      }, text);
      const painted = probe.page.evaluate(
        () =>
          new Promise<{ arrived: number; painted: number }>((ok) => {
            let arrived = 0;
            addEventListener('pointermove', (e) => (arrived ||= e.timeStamp), { capture: true });
            new MutationObserver((records, observer) => {
              if (!records.some((r) => [...r.addedNodes].some((n) => n instanceof HTMLElement && n.parentNode === document.documentElement && n.tagName !== 'BODY' && n.tagName !== 'HEAD'))) return;
              observer.disconnect();
              requestAnimationFrame(() => ok({ arrived, painted: performance.now() }));
            }).observe(document.documentElement, { childList: true });
          }),
      );
      await probe.page.waitForTimeout(50);
      await probe.page.mouse.move(point.x, point.y);
      const t = await painted;
      delays.push(t.painted - t.arrived - hoverDelayMs);
      await probe.page.close();
    }
  } finally {
    await storeSettings(b.serviceWorker, {});
  }
  const sorted = [...delays].sort((a, c) => a - c);
  console.log(`${label}: first card painted ${fmt(median(delays))} after the dwell ends (median of ${b.runs}; min ${fmt(sorted[0]!)}, max ${fmt(sorted[sorted.length - 1]!)}; hover delay ${hoverDelayMs} ms not counted)`);
}
