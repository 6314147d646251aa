// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchForCitations } from './watcher';

/** Lets a batch of mutations be gathered and tested (the watcher's delay is 0 here). */
const settle = () => new Promise((ok) => setTimeout(ok, 10));

let life: AbortController;
beforeEach(() => {
  life = new AbortController();
  document.body.innerHTML = '<main><p>Weather for the week: sunny, then rain.</p></main>';
});
afterEach(() => life.abort());

/** Watches the document with a counting prefilter wrapped around the real one. */
function watch(options: { skipInitial?: boolean } = {}) {
  const found = vi.fn();
  const tested: string[] = [];
  watchForCitations(document, found, life.signal, { delayMs: 0, ...options, prefilter: (text) => (tested.push(text), /\barticle\s+\d|UNEP\//i.test(text)) });
  return { found, tested };
}

describe('watchForCitations (the content script waits for text that may hold a citation)', () => {
  it('calls back at once when the text already there passes the prefilter', () => {
    document.body.innerHTML = '<p>See UNEP/MC/COP.6/INF/28.</p>';
    const { found } = watch();
    expect(found).toHaveBeenCalledTimes(1);
    // With the text it read, so that the session does not read 2 MB again.
    expect(found).toHaveBeenCalledWith('See UNEP/MC/COP.6/INF/28.');
  });

  it('loads nothing for a page without citations, and tests a batch of later changes, not each change', async () => {
    const { found, tested } = watch();
    expect(found).not.toHaveBeenCalled();
    const list = document.createElement('ul');
    document.body.append(list);
    for (let i = 0; i < 20; i++) list.append(Object.assign(document.createElement('li'), { textContent: `item ${i}` }));
    await settle();
    expect(found).not.toHaveBeenCalled();
    // The first test read the page; the added items were tested in one batch, after the delay.
    expect(tested.length).toBeGreaterThan(1);
    expect(tested.length).toBeLessThanOrEqual(1 + 21);
    expect(tested.slice(1).every((t) => t.startsWith('item') || t === '')).toBe(true);
  });

  it('calls back once when a later change adds a citation (an infinite scroll, a single-page app)', async () => {
    const { found } = watch();
    const p = document.createElement('p');
    p.textContent = 'As article 16 requires';
    document.body.append(p);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'and UNEP/MC/COP.1/1 too' }));
    await settle();
    expect(found).toHaveBeenCalledTimes(1);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'article 17 later' }));
    await settle();
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('reads changed character data with its parent (a word split over inline elements)', async () => {
    document.body.innerHTML = '<p><b>Art</b>icle x</p>';
    const { found } = watch();
    expect(found).not.toHaveBeenCalled();
    (document.querySelector('p')!.lastChild as Text).data = 'icle 16';
    await settle();
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('reads open shadow roots, whose text is not in the body, and watches them', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>nothing yet</p>';
    document.body.append(host);
    const { found } = watch();
    expect(found).not.toHaveBeenCalled();
    root.querySelector('p')!.append(' — article 8');
    await settle();
    expect(found).toHaveBeenCalledTimes(1);
    expect(found).toHaveBeenCalledWith(undefined);
  });

  it('with skipInitial, ignores the text already there and waits for new text', async () => {
    document.body.innerHTML = '<p>See UNEP/MC/COP.6/INF/28.</p>';
    const { found } = watch({ skipInitial: true });
    expect(found).not.toHaveBeenCalled();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'article 3' }));
    await settle();
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('stops when its signal aborts', async () => {
    const { found } = watch();
    life.abort();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'article 3' }));
    await settle();
    expect(found).not.toHaveBeenCalled();
  });

  it('uses the detector prefilter by default', () => {
    document.body.innerHTML = '<p>Under Article 3 of the Minamata Convention</p>';
    const found = vi.fn();
    watchForCitations(document, found, life.signal);
    expect(found).toHaveBeenCalledTimes(1);
  });
});
