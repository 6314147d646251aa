/**
 * Measuring helpers for `npm run bench:page`. Main-thread time is Chromium's own count of the CPU
 * time of the page's renderer main thread (`Performance.getMetrics` → ThreadTime: every task it ran,
 * ours, the page's and Chromium's painting alike), so "extra" time is what a tool adds to the same
 * page. CPU time rather than wall time: on a shared machine a task's wall time includes the time
 * other processes held the cores.
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

/** Milliseconds of CPU time the page's renderer main thread has used so far. */
export async function mainThreadMs({ cdp }: Probe): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
}

interface TraceEvent { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } }

/**
 * Tasks of the renderer main threads over 50 ms while `action` runs, from a Chromium trace: by wall
 * time (what the reader feels) and by CPU time (what the task itself cost, whatever the machine's load).
 */
export async function longTasksTraced({ page, cdp }: Probe, action: () => Promise<void>): Promise<{ wall: number[]; cpu: number[] }> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: unknown[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'toplevel,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
  }
  void page;
  const main = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') main.add(`${e.pid}:${e.tid}`);
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`));
  const over = (values: number[]) => values.filter((v) => v > 50).sort((a, b) => b - a);
  return { wall: over(tasks.map((t) => (t.dur ?? 0) / 1000)), cpu: over(tasks.map((t) => (t.tdur ?? 0) / 1000)) };
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

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const fmt = (n: number) => `${n.toFixed(0)} ms`;
