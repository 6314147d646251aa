import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Citation } from '../detect/types';
import { Highlighter, REPAINT_INTERVAL_MS } from './highlighter';
import { Registry, type Found } from './registry';

/** A stand-in for the browser's highlight registry: Highlight is a set of ranges, the registry a map. */
class FakeHighlight extends Set<unknown> {}
function fakeWindow() {
  const highlights = new Map<string, FakeHighlight>();
  return { win: { CSS: { highlights }, Highlight: FakeHighlight } as unknown as Window, highlights };
}

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
