// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://example.org/report.html" }
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { fakePort } from '../card/test-port';
import { dispatch } from '../runtime/message-bus';
import { pageEngine } from './engine';
import { pageRouter } from './router';
import { runContent } from './start';

class FakeHighlight extends Set<unknown> {
  constructor(...ranges: unknown[]) {
    super(ranges);
  }
}
let highlights: Map<string, FakeHighlight>;

beforeAll(() => {
  (globalThis as { StaticRange?: unknown }).StaticRange ??= class {
    constructor(init: StaticRangeInit) {
      Object.assign(this, init);
    }
  };
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-GB');
  highlights = new Map();
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
  Object.defineProperty(window, 'CSS', { value: { highlights }, configurable: true });
  delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
  document.body.innerHTML = '<p>The Minamata COP considered UNEP/MC/COP.6/INF/28.</p>';
});
afterEach(() => vi.restoreAllMocks());

/** The content script of this frame, with what the browser would give it replaced by fakes. */
function start(engine = vi.fn(async () => pageEngine)) {
  let alive = true;
  const invalidated: Array<() => void> = [];
  const { port, listeners } = fakePort();
  const page = runContent({
    doc: document,
    alive: () => alive,
    onInvalidated: (fn) => invalidated.push(fn),
    engine,
    watch: { delayMs: 0 },
    parts: { port, ui: async () => ({ createHost: () => { throw new Error('no card in this test'); }, follow: () => () => {} }) },
  });
  return {
    page,
    listeners,
    engine,
    /** The extension is reloaded under the script: its runtime is gone, WXT says the context is invalid. */
    invalidate(reallyGone = true) {
      alive = !reallyGone;
      for (const fn of invalidated) fn();
    },
  };
}

const storeSettings = (value: unknown) => browser.storage.sync.set({ settings: value });
const painted = () => [...highlights.values()].reduce((n, h) => n + h.size, 0);
/** Lets the storage events and the first scan run. */
const settle = () => new Promise((ok) => setTimeout(ok, 20));

describe('the content script lifecycle', () => {
  it('starts a session on an enabled site and answers the popup through its router', async () => {
    const { page } = start();
    await page.ready;
    await settle();
    expect(page.session).not.toBeNull();
    await page.session!.scanner.whenIdle();
    expect(painted()).toBe(1);
    const reply = await dispatch(pageRouter(page), { type: 'page-citations' }, {}, 'extension');
    expect(reply).toMatchObject({ ok: true, value: { url: 'https://example.org/report.html', citations: [{ id: 'UNEP/MC/COP.6/INF/28', count: 1 }] } });
    // Only the extension's own pages may ask.
    expect(await dispatch(pageRouter(page), { type: 'page-citations' }, {}, 'content')).toMatchObject({ ok: false, code: 'not-allowed' });
    page.destroy();
  });

  it('tears the session down when the site is switched off, and starts one again when it is switched back on', async () => {
    const { page } = start();
    await page.ready;
    await settle();
    await page.session!.scanner.whenIdle();
    await storeSettings({ disabledSites: ['example.org'] });
    await settle();
    expect(page.session).toBeNull();
    expect(painted()).toBe(0);
    expect(await dispatch(pageRouter(page), { type: 'reveal-citation', id: 'UNEP/MC/COP.6/INF/28' }, {}, 'extension')).toMatchObject({ ok: false, code: 'site-disabled' });
    await storeSettings({ disabledSites: [] });
    await settle();
    expect(page.session).not.toBeNull();
    await page.session!.scanner.whenIdle();
    expect(painted()).toBe(1);
    page.destroy();
  });

  it('starts nothing on a site switched off from the start, but still answers a lookup without scanning', async () => {
    await storeSettings({ disabledSites: ['example.org'] });
    const { page } = start();
    await page.ready;
    await settle();
    expect(page.session).toBeNull();
    const quiet = await page.lookupSession();
    await settle();
    expect(quiet.registry.size).toBe(0);
    page.destroy();
  });

  it('removes everything when the extension is really gone, and ignores a forged invalidation', async () => {
    const { page, listeners, invalidate } = start();
    await page.ready;
    await settle();
    await page.session!.scanner.whenIdle();
    // A page can forge WXT's event; the runtime is still there, so nothing changes.
    invalidate(false);
    expect(page.session).not.toBeNull();
    expect(browser.runtime.onMessage.hasListeners()).toBe(true);
    invalidate(true);
    expect(page.session).toBeNull();
    expect(painted()).toBe(0);
    expect(listeners.size).toBe(0);
    expect(browser.runtime.onMessage.hasListeners()).toBe(false);
    // Settings changed afterwards start nothing.
    await storeSettings({ disabledSites: [] });
    await settle();
    expect(page.session).toBeNull();
  });
});

describe('the page engine, loaded on demand', () => {
  it('is not loaded for a page without citations, and is loaded once when one appears later', async () => {
    document.body.innerHTML = '<p>Weather for the week: sunny, then rain.</p>';
    const { page, engine } = start();
    await page.ready;
    await settle();
    expect(engine).not.toHaveBeenCalled();
    expect(page.session).toBeNull();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'An infinite scroll brings UNEP/MC/COP.6/INF/28.' }));
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'and Article 16 of the Minamata Convention' }));
    await settle();
    expect(engine).toHaveBeenCalledTimes(1);
    await page.session!.scanner.whenIdle();
    expect(painted()).toBe(2);
    page.destroy();
  });

  it('is loaded for a message that needs a session, on a page without citations', async () => {
    document.body.innerHTML = '<p>Weather for the week.</p>';
    const { page, engine } = start();
    const reply = await dispatch(pageRouter(page), { type: 'page-citations' }, {}, 'extension');
    expect(reply).toMatchObject({ ok: true, value: { citations: [] } });
    expect(engine).toHaveBeenCalledTimes(1);
    page.destroy();
  });

  it('after a failed load, leaves the page as it was and tries again on the next text with a citation', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const engine = vi.fn<() => Promise<typeof pageEngine>>().mockRejectedValueOnce(new Error('blocked')).mockResolvedValue(pageEngine);
    const { page } = start(engine);
    await page.ready;
    await settle();
    expect(engine).toHaveBeenCalledTimes(1);
    expect(page.session).toBeNull();
    expect(document.body.textContent).toContain('UNEP/MC/COP.6/INF/28');
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Article 16 of the Minamata Convention' }));
    await settle();
    expect(engine).toHaveBeenCalledTimes(2);
    await page.session!.scanner.whenIdle();
    expect(painted()).toBe(2);
    page.destroy();
  });
});
