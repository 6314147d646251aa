// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mayContainCitation } from '../core/detect/detector';
import { Registry } from './registry';
import { Scanner } from './scanner';

// The real prefilter, counted: a text the watcher already tested is not tested again.
vi.mock('../core/detect/detector', async (importOriginal) => {
  const real = await importOriginal<typeof import('../core/detect/detector')>();
  return { ...real, mayContainCitation: vi.fn(real.mayContainCitation) };
});

beforeAll(() => {
  // happy-dom has no StaticRange; the scanner only stores the boundary points it is given.
  (globalThis as { StaticRange?: unknown }).StaticRange ??= class {
    constructor(init: StaticRangeInit) {
      Object.assign(this, init);
    }
  };
});

const tick = () => new Promise((ok) => setTimeout(ok, 0));

/** Waits until the scanner has read every change (mutation records arrive after a task). */
async function caughtUp(scanner: Scanner): Promise<void> {
  await tick();
  await scanner.whenIdle();
}

/** The roots the scanner holds, pruned or not (what a leak would keep alive). */
const held = (scanner: Scanner) => (scanner as unknown as { roots: Set<ShadowRoot> }).roots;

/** A web-component-like host whose open shadow root cites one document. */
function widget(n: number): HTMLElement {
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).innerHTML = `<p>Item ${n}: see UNEP/MC/COP.6/INF/28 on this point.</p>`;
  return host;
}

describe('Scanner: shadow roots of removed hosts', () => {
  it('drops the roots of hosts a single-page app replaced, round after round, and keeps the live ones', async () => {
    document.body.innerHTML = '<main id="app"></main>';
    const app = document.getElementById('app')!;
    const registry = new Registry();
    const scanner = new Scanner(registry, document, { mutationDelayMs: 0, yielder: (fn) => { const id = setTimeout(fn, 0); return () => clearTimeout(id); } });
    scanner.start();
    const ever = new Set<ShadowRoot>();
    // A deterministic churn: 60 renders of 5 fresh widgets each (300 roots created, 5 alive at a time).
    for (let round = 0; round < 60; round++) {
      const hosts = [0, 1, 2, 3, 4].map((k) => widget(round * 5 + k));
      for (const h of hosts) ever.add(h.shadowRoot!);
      app.replaceChildren(...hosts);
      await caughtUp(scanner);
      expect(held(scanner).size).toBe(5);
      expect(scanner.shadowRoots).toEqual(hosts.map((h) => h.shadowRoot));
      expect(registry.size).toBe(5);
    }
    expect(ever.size).toBe(300);
    scanner.stop();
  });

  it('keeps reading a host that is taken out and put back', async () => {
    document.body.innerHTML = '<main id="app"></main>';
    const app = document.getElementById('app')!;
    const host = widget(1);
    app.append(host);
    const registry = new Registry();
    const scanner = new Scanner(registry, document, { mutationDelayMs: 0, yielder: (fn) => { const id = setTimeout(fn, 0); return () => clearTimeout(id); } });
    scanner.start();
    await caughtUp(scanner);
    expect(scanner.shadowRoots).toEqual([host.shadowRoot]);
    host.remove();
    await caughtUp(scanner);
    expect(held(scanner).size).toBe(0);
    expect(registry.size).toBe(0);
    app.append(host);
    await caughtUp(scanner);
    expect(scanner.shadowRoots).toEqual([host.shadowRoot]);
    expect(registry.size).toBe(1);
    host.shadowRoot!.querySelector('p')!.textContent = 'Now UNEP/MC/COP.6/22 and UNEP/MC/COP.6/INF/29.';
    await caughtUp(scanner);
    expect(registry.all().map((f) => f.citation.id).sort()).toEqual(['UNEP/MC/COP.6/22', 'UNEP/MC/COP.6/INF/29']);
    scanner.stop();
  });
});

/**
 * The mechanism that keeps pages responsive, without a wall clock: a fake clock that advances 1 ms
 * for every run of text read (what detection costs), and a yielder the test steps by hand, one
 * slice per page task.
 */
describe('Scanner: slices of a bounded budget', () => {
  const SLICE_MS = 12;
  /** A batch of runs is read between two clock checks (SEGMENTS_PER_BATCH in scanner.ts). */
  const BATCH = 8;

  function harness() {
    let clock = 0;
    const tasks: Array<() => void> = [];
    class CostlyRegistry extends Registry {
      override add(...args: Parameters<Registry['add']>): void {
        clock += 1;
        super.add(...args);
      }
    }
    const registry = new CostlyRegistry();
    const scanner = new Scanner(registry, document, {
      sliceMs: SLICE_MS,
      mutationDelayMs: 0,
      now: () => clock,
      yielder: (fn) => {
        tasks.push(fn);
        return () => tasks.splice(tasks.indexOf(fn) >>> 0, 1);
      },
    });
    /** Runs the queued slices one page task at a time; returns the clock time each slice took. */
    const runSlices = () => {
      const spans: number[] = [];
      while (tasks.length > 0) {
        // Never more than one slice waits: the scanner schedules the next only when one ends.
        expect(tasks.length).toBe(1);
        const before = clock;
        tasks.shift()!();
        spans.push(clock - before);
      }
      return spans;
    };
    return { registry, scanner, runSlices, tasks, clock: () => clock };
  }

  function paragraphs(n: number, citeEvery: number): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(`<p>Paragraph ${i} of the report${i % citeEvery === 0 ? `, citing UNEP/MC/COP.6/INF/${28 + (i % 8)}` : ''}.</p>`);
    return out.join('');
  }

  it('reads a page in slices of at most the budget plus one batch, yielding between them', () => {
    document.body.innerHTML = paragraphs(200, 4);
    const { registry, scanner, runSlices, tasks, clock } = harness();
    scanner.start();
    // Starting reads nothing: the first slice waits for its own task.
    expect(clock()).toBe(0);
    expect(tasks).toHaveLength(1);
    const spans = runSlices();
    expect(clock()).toBe(200);
    expect(Math.max(...spans)).toBeLessThanOrEqual(SLICE_MS + BATCH);
    expect(spans.length).toBeGreaterThanOrEqual(Math.ceil(200 / (SLICE_MS + BATCH)));
    expect(spans.length).toBeLessThanOrEqual(Math.ceil(200 / SLICE_MS));
    expect(registry.size).toBe(50);
    scanner.stop();
  });

  it('re-reads changed text in bounded slices too', async () => {
    document.body.innerHTML = paragraphs(120, 2);
    const { registry, scanner, runSlices, clock } = harness();
    scanner.start();
    runSlices();
    expect(registry.size).toBe(60);
    const start = clock();
    for (const p of document.querySelectorAll('p')) p.textContent = `${p.textContent} Also MC-5/3.`;
    await tick();
    await tick();
    const spans = runSlices();
    expect(clock() - start).toBe(120);
    expect(Math.max(...spans)).toBeLessThanOrEqual(SLICE_MS + BATCH);
    expect(spans.length).toBeGreaterThanOrEqual(Math.ceil(120 / (SLICE_MS + BATCH)));
    expect(registry.size).toBe(180);
    scanner.stop();
  });
});

/** A scheduler the test steps by hand: `yielder` queues the next slice, `step()` runs it. */
function manualScheduler() {
  const queued: Array<() => void> = [];
  let cancelled = 0;
  return {
    queued,
    get cancelled() {
      return cancelled;
    },
    yielder: (fn: () => void) => {
      queued.push(fn);
      return () => {
        const at = queued.indexOf(fn);
        if (at >= 0) queued.splice(at, 1);
        cancelled++;
      };
    },
    step(): boolean {
      const fn = queued.shift();
      fn?.();
      return fn !== undefined;
    },
  };
}

describe('Scanner: the slice scheduler', () => {
  const PARAGRAPHS = 120;
  const page = () => {
    document.body.innerHTML = Array.from({ length: PARAGRAPHS }, (_, i) => `<p>Paragraph ${i}: see UNEP/MC/COP.6/INF/28 on this point.</p>`).join('');
  };

  it('does all the work in one slice when the clock stands still, and stop() cancels a pending slice', () => {
    page();
    const scheduler = manualScheduler();
    const registry = new Registry();
    const still = new Scanner(registry, document, { sliceMs: 20, now: () => 0, yielder: scheduler.yielder });
    still.start();
    scheduler.step();
    expect(registry.size).toBe(PARAGRAPHS);
    expect(scheduler.queued).toHaveLength(0);
    still.stop();

    const other = new Registry();
    const stopped = new Scanner(other, document, { sliceMs: 20, now: () => 0, yielder: scheduler.yielder });
    stopped.start();
    expect(scheduler.queued).toHaveLength(1);
    stopped.stop();
    expect(scheduler.cancelled).toBe(1);
    expect(scheduler.step()).toBe(false);
    expect(other.size).toBe(0);
  });
});

describe('Scanner: the extension’s own node', () => {
  it('does not read what the extension adds to the page, and still reads what the page adds', async () => {
    document.body.innerHTML = '<main><p>Nothing cited yet.</p></main>';
    const registry = new Registry();
    const ours = new Set<Node>();
    const scanner = new Scanner(registry, document, {
      mutationDelayMs: 0,
      yielder: (fn) => { const id = setTimeout(fn, 0); return () => clearTimeout(id); },
      isOurs: (node) => ours.has(node),
    });
    scanner.start();
    await caughtUp(scanner);
    const host = document.createElement('div');
    host.textContent = 'A card about UNEP/MC/COP.6/INF/28.';
    ours.add(host);
    document.body.append(host);
    await caughtUp(scanner);
    expect(registry.all()).toHaveLength(0);
    const page = document.createElement('p');
    page.textContent = 'See decision MC-5/3.';
    document.querySelector('main')!.append(page);
    await caughtUp(scanner);
    expect(registry.all().map((f) => f.citation.id)).toEqual(['MC-5/3']);
    scanner.stop();
  });
});

describe('Scanner: the first pass', () => {
  const yielder = (fn: () => void) => { const id = setTimeout(fn, 0); return () => clearTimeout(id); };
  const bodyText = () => document.body.textContent ?? '';

  it('tests the body text with the prefilter once, or not at all when the caller says it passed', async () => {
    document.body.innerHTML = '<main><p>See decision MC-5/3.</p></main>';
    const prefilter = vi.mocked(mayContainCitation);
    for (const [passed, calls] of [[false, 1], [true, 0]] as const) {
      prefilter.mockClear();
      const registry = new Registry();
      const scanner = new Scanner(registry, document, { mutationDelayMs: 0, yielder });
      scanner.start(bodyText(), passed);
      expect(prefilter.mock.calls.filter(([text]) => text === bodyText())).toHaveLength(calls);
      await caughtUp(scanner);
      expect(registry.all().map((f) => f.citation.id)).toEqual(['MC-5/3']);
      scanner.stop();
    }
  });
});
