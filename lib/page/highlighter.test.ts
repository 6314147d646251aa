// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Citation } from '../core/detect/types';
import { Highlighter, REPAINT_INTERVAL_MS } from './highlighter';
import { Registry, type Found } from './registry';
import { GROUP_SIZE } from './visibility';

/** A stand-in for the browser's highlight registry: Highlight is a set of ranges, the registry a map. */
class FakeHighlight extends Set<unknown> {
  /** Every add or delete: each one costs the page a repaint in a browser. */
  static changes = 0;
  override add(value: unknown) {
    FakeHighlight.changes++;
    return super.add(value);
  }
  override delete(value: unknown) {
    FakeHighlight.changes++;
    return super.delete(value);
  }
}
function fakeWindow() {
  const highlights = new Map<string, FakeHighlight>();
  return { win: { CSS: { highlights }, Highlight: FakeHighlight } as unknown as Window, highlights };
}

/**
 * An IntersectionObserver over a fake layout: block i of the page is 100 px tall at y = 100 i
 * (`data-y`), the viewport is 700 px tall with a 700 px margin, and `frame()` reports, like the
 * browser after a frame, every observed target whose intersection changed (and new targets).
 */
class FakeIntersectionObserver {
  static last: FakeIntersectionObserver;
  static scrollY = 0;
  readonly watched = new Set<Element>();
  private readonly state = new Map<Element, boolean>();
  constructor(private readonly callback: IntersectionObserverCallback, readonly options: IntersectionObserverInit) {
    FakeIntersectionObserver.last = this;
  }
  observe(el: Element) {
    this.watched.add(el);
  }
  unobserve(el: Element) {
    this.watched.delete(el);
    this.state.delete(el);
  }
  disconnect() {
    this.watched.clear();
  }
  frame() {
    const rootBounds = { top: -700, bottom: 1400, left: 0, right: 1000 };
    const entries = [];
    for (const target of this.watched) {
      const boundingClientRect = boxOf(target);
      const isIntersecting = boundingClientRect.bottom > rootBounds.top && boundingClientRect.top < rootBounds.bottom;
      if (this.state.get(target) === isIntersecting) continue;
      this.state.set(target, isIntersecting);
      entries.push({ target, isIntersecting, boundingClientRect, rootBounds });
    }
    if (entries.length) this.callback(entries as unknown as IntersectionObserverEntry[], this as unknown as IntersectionObserver);
  }
}
/** Where the fake layout puts a block, in viewport coordinates. */
function boxOf(el: Element) {
  const top = Number((el as HTMLElement).dataset.y) - FakeIntersectionObserver.scrollY;
  return { top, bottom: top + 100, left: 0, right: 1000, width: 1000, height: 100 };
}
function viewportWindow() {
  const { win, highlights } = fakeWindow();
  (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeIntersectionObserver;
  FakeIntersectionObserver.scrollY = 0;
  const total = () => [...highlights.values()].reduce((n, h) => n + h.size, 0);
  const painted = () => new Set([...highlights.values()].flatMap((h) => [...h].map((r) => (r as { block: Element }).block)));
  return { win, highlights, total, painted };
}
/** `count` blocks laid out one under the other, in document order. */
function page(count: number): HTMLElement[] {
  document.body.innerHTML = '';
  return Array.from({ length: count }, (_, i) => {
    const p = document.createElement('p');
    p.dataset.y = String(i * 100);
    p.getBoundingClientRect = () => boxOf(p) as DOMRect;
    document.body.append(p);
    return p;
  });
}

let n = 0;
function found(block: object, kind: Citation['kind'] = 'document'): Found {
  const citation: Citation = { kind, id: `UNEP/MC/COP.6/${++n}`, start: 0, end: 5, lang: 'en', parts: {} };
  return { citation, range: { n, block } as unknown as StaticRange, block: block as Node, nodes: [], source: 'x' };
}

const kinds = { document: true, article: true, resolution: true, decision: true };

describe('Highlighter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('paints the first batch at once and later batches together', () => {
    const { win, highlights } = fakeWindow();
    const registry = new Registry();
    new Highlighter(registry, { style: 'subtle', kinds }, win);
    const block = {};
    registry.add(block as Node, [found(block)]);
    vi.advanceTimersByTime(0);
    expect(highlights.get('mcxref-subtle-document')?.size).toBe(1);
    registry.add(block as Node, [found(block), found(block)]);
    expect(highlights.get('mcxref-subtle-document')?.size).toBe(1);
    vi.advanceTimersByTime(REPAINT_INTERVAL_MS - 1);
    expect(highlights.get('mcxref-subtle-document')?.size).toBe(1);
    vi.advanceTimersByTime(1);
    expect(highlights.get('mcxref-subtle-document')?.size).toBe(3);
  });

  it('never paints a citation that was found and dropped within one batch', () => {
    const { win, highlights } = fakeWindow();
    const registry = new Registry();
    const highlighter = new Highlighter(registry, { style: 'subtle', kinds }, win);
    highlighter.flush();
    const block = { contains: () => false, isConnected: true };
    registry.add(block as unknown as Node, [found(block)]);
    registry.dropWithin(block as unknown as Node);
    registry.add(block as unknown as Node, [found(block)]);
    highlighter.flush();
    expect(highlights.get('mcxref-subtle-document')?.size).toBe(1);
  });

  it('moves ranges to the names of a new style and leaves switched-off kinds unregistered', () => {
    const { win, highlights } = fakeWindow();
    const registry = new Registry();
    const highlighter = new Highlighter(registry, { style: 'subtle', kinds }, win);
    const block = {};
    registry.add(block as Node, [found(block, 'article'), found(block, 'decision')]);
    highlighter.flush();
    highlighter.configure({ style: 'underline', kinds: { ...kinds, decision: false } });
    expect([...highlights.keys()].sort()).toEqual(['mcxref-underline-article', 'mcxref-underline-document', 'mcxref-underline-resolution']);
    expect(highlights.get('mcxref-underline-article')?.size).toBe(1);
    highlighter.destroy();
    expect(highlights.size).toBe(0);
  });
});

describe('Highlighter: only what can be seen is painted', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('registers the ranges of blocks in or near the viewport, and follows the reader as they scroll', () => {
    const { win, total, painted } = viewportWindow();
    const registry = new Registry();
    const highlighter = new Highlighter(registry, { style: 'subtle', kinds }, win);
    const io = FakeIntersectionObserver.last;
    expect(io.options.rootMargin).toBeTruthy();
    const blocks = page(200);
    for (const b of blocks) registry.add(b, [found(b), found(b)]);
    highlighter.flush();
    // Nothing is known to be seen before the first frame: nothing is registered, everything is found.
    expect(total()).toBe(0);
    expect(registry.size).toBe(400);
    // Runs of blocks are watched by their two ends only.
    expect(io.watched.size).toBeLessThanOrEqual(2 * Math.ceil(200 / GROUP_SIZE));
    io.frame();
    // The viewport and its margin (y from -700 to 1400) hold blocks 0-13: they are painted, the far end is not.
    for (const b of blocks.slice(0, 14)) expect(painted().has(b)).toBe(true);
    expect(painted().has(blocks[199]!)).toBe(false);
    expect(total()).toBeLessThan(400);
    // Scrolling far down: the top is unpainted, what comes near is painted.
    FakeIntersectionObserver.scrollY = 15_000;
    io.frame();
    for (const b of blocks.slice(143, 164)) expect(painted().has(b)).toBe(true);
    expect(painted().has(blocks[0]!)).toBe(false);
    expect(total()).toBeLessThan(400);
    // Hover, the keyboard walk and "On this page" read the registry, which still holds everything.
    expect(registry.ordered()).toHaveLength(400);
    expect(highlighter.paintedCount).toBe(total());
  });

  it('paints a run of blocks taller than the viewport whose two ends are off-screen on either side', () => {
    const { win, painted } = viewportWindow();
    const registry = new Registry();
    const highlighter = new Highlighter(registry, { style: 'subtle', kinds }, win);
    const io = FakeIntersectionObserver.last;
    const blocks = page(GROUP_SIZE);
    for (const b of blocks) registry.add(b, [found(b)]);
    highlighter.flush();
    FakeIntersectionObserver.scrollY = 1500;
    io.frame();
    // Blocks 8-21 are in view; the ends (0 above, 31 below) never are.
    for (const b of blocks.slice(8, 22)) expect(painted().has(b)).toBe(true);
  });

  it('never touches a highlight for citations found, changed or dropped off-screen', () => {
    const { win, total } = viewportWindow();
    const registry = new Registry();
    const highlighter = new Highlighter(registry, { style: 'subtle', kinds }, win);
    const io = FakeIntersectionObserver.last;
    const blocks = page(200);
    const seen = blocks[0]!;
    const far = blocks[199]!;
    // Blocks 0-39 have citations: runs of 0-31 (seen) and 32-39 (below the margin); the far block joins the second run.
    for (const b of blocks.slice(0, 40)) registry.add(b, [found(b)]);
    io.frame();
    highlighter.flush();
    const painted = total();
    expect(painted).toBe(GROUP_SIZE);
    const before = FakeHighlight.changes;
    registry.add(far, [found(far), found(far)]);
    highlighter.flush();
    io.frame();
    registry.dropWithin(far);
    highlighter.flush();
    expect(FakeHighlight.changes).toBe(before);
    expect(total()).toBe(painted);
    // A block whose citations are all gone is no longer observed.
    expect(io.watched.has(far)).toBe(false);
    expect(io.watched.has(seen)).toBe(true);
  });

  it('paints the later citations of a block in view, and removes what leaves the page', () => {
    const { win, total } = viewportWindow();
    const registry = new Registry();
    const highlighter = new Highlighter(registry, { style: 'subtle', kinds }, win);
    const io = FakeIntersectionObserver.last;
    const [block, next] = page(2);
    registry.add(block!, [found(block!)]);
    io.frame();
    registry.add(block!, [found(block!)]);
    highlighter.flush();
    expect(total()).toBe(2);
    registry.clear();
    highlighter.flush();
    expect(total()).toBe(0);
    // Painted by scrolling before its batch went out, then re-rendered away: it does not stay behind.
    registry.add(next!, [found(next!)]);
    io.frame();
    expect(total()).toBe(1);
    registry.dropWithin(next!);
    highlighter.flush();
    expect(total()).toBe(0);
    // A block re-read in place (its text re-rendered) stays painted: no frame without its highlight.
    const again = page(1)[0]!;
    registry.add(again, [found(again)]);
    io.frame();
    expect(total()).toBe(1);
    registry.dropWithin(again);
    registry.add(again, [found(again)]);
    highlighter.flush();
    expect(total()).toBe(1);
    highlighter.destroy();
    expect(io.watched.size).toBe(0);
  });
});
