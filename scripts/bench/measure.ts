/**
 * Measuring helpers for `npm run bench:page`. Main-thread time is Chromium's own count
 * (`Performance.getMetrics` → TaskDuration: every task the page's renderer main thread ran, ours,
 * the page's and Chromium's painting alike), so "extra" time is what a tool adds to the same page.
 */
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';

export interface Probe {
  page: Page;
  cdp: CDPSession;
}

export async function openProbe(context: BrowserContext): Promise<Probe> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

/** Milliseconds of main-thread tasks the page's renderer has run so far. */
export async function mainThreadMs({ cdp }: Probe): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * Waits until the main thread is quiet: under 5 ms of tasks in each of two 500 ms windows in a row.
 * Used after loading or marking, so nobody's work is cut off by the measurement.
 */
export async function settle(probe: Probe, timeoutMs = 180_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  let last = await mainThreadMs(probe);
  let quiet = 0;
  while (Date.now() < end) {
    await probe.page.waitForTimeout(500);
    const now = await mainThreadMs(probe);
    quiet = now - last < 5 ? quiet + 1 : 0;
    last = now;
    if (quiet >= 2) return now;
  }
  throw new Error(`the page never went quiet within ${timeoutMs} ms`);
}

/** Sum of the citation counts the content script reports for `page` (it answers once its scan is idle). */
export async function citationsFound(serviceWorker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const reply = (await serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'page-citations' }, { frameId: 0 });
  })) as { ok: boolean; value?: { citations: Array<{ count: number }> } };
  if (!reply.ok || !reply.value) throw new Error(`page-citations failed: ${JSON.stringify(reply)}`);
  return reply.value.citations.reduce((n, c) => n + c.count, 0);
}

/** Ranges currently registered under our highlight names (the page shares CSS.highlights). */
export function paintedNow(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('mcxref-') && name !== 'mcxref-flash') n += h.size;
    return n;
  });
}

/** Starts recording the page's long tasks (over 50 ms) with a PerformanceObserver. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

export function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.slice().sort((a, b) => b - a));
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const fmt = (n: number) => `${n.toFixed(0)} ms`;
