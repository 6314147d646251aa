import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Citation } from '../detect/types';
import { Highlighter, REPAINT_INTERVAL_MS } from './highlighter';
import { Registry, type Found } from './registry';

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

/** An IntersectionObserver the test drives: `report` says which blocks are in or out of view. */
class FakeIntersectionObserver {
  static last: FakeIntersectionObserver;
  readonly watched = new Set<object>();
  readonly options: IntersectionObserverInit;
  constructor(private readonly callback: IntersectionObserverCallback, options: IntersectionObserverInit) {
    this.options = options;
    FakeIntersectionObserver.last = this;
  }
  observe(el: object) {
    this.watched.add(el);
  }
  unobserve(el: object) {
    this.watched.delete(el);
  }
  disconnect() {
    this.watched.clear();
  }
  report(changes: Array<[object, boolean]>) {
    const entries = changes.filter(([el]) => this.watched.has(el)).map(([target, isIntersecting]) => ({ target, isIntersecting }));
    this.callback(entries as unknown as IntersectionObserverEntry[], this as unknown as IntersectionObserver);
  }
}
function viewportWindow() {
  const { win, highlights } = fakeWindow();
  (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeIntersectionObserver;
  const total = () => [...highlights.values()].reduce((n, h) => n + h.size, 0);
  return { win, highlights, total };
}
/** A block element as far as the highlighter and registry care. */
const element = () => ({ nodeType: 1, isConnected: true, contains: () => false });

let n = 0;
function found(block: object, kind: Citation['kind'] = 'document'): Found {
  const citation: Citation = { kind, id: `UNEP/MC/COP.6/${++n}`, start: 0, end: 5, lang: 'en', parts: {} };
  return { citation, range: { n } as unknown as StaticRange, block: block as Node, nodes: [], source: 'x' };
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
    const { win, total } = viewportWindow();
    const registry = new Registry();
    const highlighter = new Highlighter(registry, { style: 'subtle', kinds }, win);
    const io = FakeIntersectionObserver.last;
    expect(io.options.rootMargin).toBeTruthy();
    const blocks = Array.from({ length: 100 }, element);
    for (const b of blocks) registry.add(b as unknown as Node, [found(b), found(b)]);
    highlighter.flush();
    // Nothing is known to be seen yet: nothing is registered, everything is found.
    expect(total()).toBe(0);
    expect(registry.size).toBe(200);
    expect(io.watched.size).toBe(100);
    io.report(blocks.slice(0, 3).map((b) => [b, true]));
    expect(total()).toBe(6);
    // Scrolling down: the first block leaves, two further ones come near.
    io.report([[blocks[0]!, false], [blocks[3]!, true], [blocks[4]!, true]]);
    expect(total()).toBe(8);
    // Hover, the keyboard walk and "On this page" read the registry, which still holds everything.
    expect(registry.ordered()).toHaveLength(200);
    expect(highlighter.paintedCount).toBe(8);
  });

  it('never touches a highlight for citations found, changed or dropped off-screen', () => {
    const { win, total } = viewportWindow();
    const registry = new Registry();
    const highlighter = new Highlighter(registry, { style: 'subtle', kinds }, win);
    const io = FakeIntersectionObserver.last;
    const seen = element();
    const far = element();
    registry.add(seen as unknown as Node, [found(seen)]);
    io.report([[seen, true]]);
    highlighter.flush();
    const before = FakeHighlight.changes;
    registry.add(far as unknown as Node, [found(far), found(far)]);
    highlighter.flush();
    registry.dropWithin(far as unknown as Node);
    highlighter.flush();
    expect(FakeHighlight.changes).toBe(before);
    expect(total()).toBe(1);
    // A block whose citations are all gone is no longer observed.
    expect(io.watched.has(far)).toBe(false);
    expect(io.watched.has(seen)).toBe(true);
  });

  it('paints the later citations of a block at once when the block is in view, and removes what leaves the page', () => {
    const { win, total } = viewportWindow();
    const registry = new Registry();
    const highlighter = new Highlighter(registry, { style: 'subtle', kinds }, win);
    const io = FakeIntersectionObserver.last;
    const block = element();
    registry.add(block as unknown as Node, [found(block)]);
    io.report([[block, true]]);
    registry.add(block as unknown as Node, [found(block)]);
    highlighter.flush();
    expect(total()).toBe(2);
    registry.clear();
    highlighter.flush();
    expect(total()).toBe(0);
    // Painted by scrolling before its batch went out, then re-rendered away: it does not stay behind.
    const next = element();
    registry.add(next as unknown as Node, [found(next)]);
    io.report([[next, true]]);
    expect(total()).toBe(1);
    registry.dropWithin(next as unknown as Node);
    highlighter.flush();
    expect(total()).toBe(0);
    highlighter.destroy();
    expect(io.watched.size).toBe(0);
  });
});
