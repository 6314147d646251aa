// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePort } from '../card/test-port';
import type { CardUi } from '../card/ui/types';
import { highlightName } from '../runtime/settings';
import { PageSession, type SessionSettings } from './session';

/** The browser's highlight registry, as the highlighter meets it. */
class FakeHighlight extends Set<unknown> {
  constructor(...ranges: unknown[]) {
    super(ranges);
  }
}

beforeAll(() => {
  (globalThis as { StaticRange?: unknown }).StaticRange ??= class {
    constructor(init: StaticRangeInit) {
      Object.assign(this, init);
    }
  };
});

const kinds = { document: true, article: true, resolution: true, decision: true };
const settings: SessionSettings = { kinds, highlightStyle: 'subtle', hoverDelayMs: 300, lang: 'en' };

/** A card UI that records what it is asked to show. */
function fakeUi() {
  const host = { element: null, card: null, contains: () => false, hasFocus: () => false, renderCard: vi.fn(), renderNoCitation: vi.fn(), clear: vi.fn(), destroy: vi.fn() };
  const ui: CardUi = { createHost: () => host, follow: () => () => {} };
  return { ui, host };
}

/** Every listener the session adds to the document carries a signal: kept here to check it aborts. */
let signals: AbortSignal[] = [];
let highlights: Map<string, FakeHighlight>;

beforeEach(() => {
  highlights = new Map();
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
  Object.defineProperty(window, 'CSS', { value: { highlights }, configurable: true });
  // Without IntersectionObserver every block counts as seen, so every citation is painted.
  delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
  signals = [];
  for (const target of [document, document.documentElement]) {
    const add = target.addEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation((type: string, fn: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
      if (typeof options === 'object' && options.signal) signals.push(options.signal);
      else throw new Error(`a listener for ${type} without a signal`);
      add(type, fn, options);
    });
  }
  document.title = 'Minamata COP-6 report';
  document.body.innerHTML = '<p>The Minamata COP considered UNEP/MC/COP.6/INF/28 and decision MC-5/3.</p><p>See also UNEP/MC/COP.6/22.</p>';
});
afterEach(() => vi.restoreAllMocks());

const painted = (name: string) => highlights.get(name)?.size ?? 0;
const scanner = { yielder: (fn: () => void) => { const id = setTimeout(fn, 0); return () => clearTimeout(id); } };

describe('PageSession', () => {
  it('scans and paints the page on start, and answers what it holds', async () => {
    const { port } = fakePort();
    const session = new PageSession(document, settings, port, { ui: async () => fakeUi().ui, scanner });
    await session.scanner.whenIdle();
    expect(session.citations().citations.map((c) => [c.id, c.count])).toEqual([['UNEP/MC/COP.6/INF/28', 1], ['MC-5/3', 1], ['UNEP/MC/COP.6/22', 1]]);
    expect(painted(highlightName('document', 'subtle'))).toBe(2);
    expect(painted(highlightName('decision', 'subtle'))).toBe(1);
    session.destroy();
  });

  it('applies new settings live: style, kinds and the card language', async () => {
    const { port } = fakePort();
    const { ui, host } = fakeUi();
    const session = new PageSession(document, settings, port, { ui: async () => ui, scanner });
    await session.scanner.whenIdle();
    session.update({ ...settings, highlightStyle: 'underline' });
    expect(painted(highlightName('document', 'subtle'))).toBe(0);
    expect(painted(highlightName('document', 'underline'))).toBe(2);
    session.update({ ...settings, highlightStyle: 'underline', kinds: { ...kinds, decision: false } });
    expect(painted(highlightName('decision', 'underline'))).toBe(0);
    expect(session.citations().citations.map((c) => c.id)).toEqual(['UNEP/MC/COP.6/INF/28', 'UNEP/MC/COP.6/22']);
    // A card open in English is shown again in French.
    await session.lookupSelection('UNEP/MC/COP.6/INF/28');
    expect(host.renderCard).toHaveBeenCalledTimes(1);
    expect(host.renderCard.mock.lastCall![0]).toMatchObject({ lang: 'en', models: [{ id: 'UNEP/MC/COP.6/INF/28' }] });
    session.update({ ...settings, highlightStyle: 'underline', kinds: { ...kinds, decision: false }, lang: 'fr' });
    await vi.waitFor(() => expect(host.renderCard.mock.lastCall![0]).toMatchObject({ lang: 'fr' }));
    expect(port.load).toHaveBeenLastCalledWith([expect.objectContaining({ id: 'UNEP/MC/COP.6/INF/28' })], 'fr');
    session.destroy();
  });

  it('saves from its card with the page and the sentence, through the port', async () => {
    const { port, saved } = fakePort();
    const { ui, host } = fakeUi();
    const session = new PageSession(document, settings, port, { ui: async () => ui, scanner });
    await session.lookupSelection('decision MC-5/3');
    host.renderCard.mock.lastCall![0].onToggleSave();
    await vi.waitFor(() => expect(host.renderCard.mock.lastCall![0]).toMatchObject({ saveState: 'saved', status: 'cardSavedStatus' }));
    expect(port.save).toHaveBeenCalledWith({ id: 'MC-5/3', kind: 'decision', title: 'MC-5/3', page: { url: location.href, title: 'Minamata COP-6 report', sentence: 'decision MC-5/3' } });
    expect(saved.has('MC-5/3')).toBe(true);
    session.destroy();
  });

  it('destroy removes its highlights, its card host, its flash and every listener, and stops observing', async () => {
    const { port, listeners } = fakePort();
    const { ui, host } = fakeUi();
    const session = new PageSession(document, settings, port, { ui: async () => ui, scanner });
    await session.scanner.whenIdle();
    await session.lookupSelection('UNEP/MC/COP.6/22');
    expect(session.reveal('UNEP/MC/COP.6/INF/28')).toBe(true);
    expect(highlights.has('mcxref-flash')).toBe(true);
    expect(signals.length).toBeGreaterThan(0);
    expect(listeners.size).toBe(1);
    session.destroy();
    expect([...highlights.keys()].filter((name) => (highlights.get(name)?.size ?? 0) > 0)).toEqual([]);
    expect(highlights.has('mcxref-flash')).toBe(false);
    expect(host.destroy).toHaveBeenCalled();
    expect(signals.every((s) => s.aborted)).toBe(true);
    expect(listeners.size).toBe(0);
    document.body.insertAdjacentHTML('beforeend', '<p>Later: UNEP/MC/COP.6/INF/33.</p>');
    await new Promise((ok) => setTimeout(ok, 150));
    expect(session.registry.size).toBe(0);
  });
});
