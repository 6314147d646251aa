import { describe, expect, it, vi } from 'vitest';
import { applyPatch, defaultSettings, type Settings } from '../../core/settings';
import { createOptionsController, type OptionsStorage } from './controller';
import type { OptionsState } from './types';

/** An in-memory OptionsStorage: `other()` stores a change as another page would, and watchers hear it. */
function fakeStorage(initial: Settings = defaultSettings()) {
  let settings = initial;
  let pdf = false;
  const settingsWatchers = new Set<(next: Settings) => void>();
  const pdfWatchers = new Set<(on: boolean) => void>();
  const watch = <T>(set: Set<T>, fn: T, signal: AbortSignal) => {
    set.add(fn);
    signal.addEventListener('abort', () => set.delete(fn));
  };
  const storage: OptionsStorage = {
    getSettings: async () => settings,
    updateSettings: vi.fn(async (patch) => {
      settings = applyPatch(settings, typeof patch === 'function' ? patch(settings) : patch);
      return settings;
    }),
    watchSettings: (fn, signal) => watch(settingsWatchers, fn, signal),
    getPdfLinks: async () => pdf,
    setPdfLinks: vi.fn(async (on: boolean) => {
      pdf = on;
    }),
    watchPdfLinks: (fn, signal) => watch(pdfWatchers, fn, signal),
    requestAllSites: vi.fn(async () => true),
  };
  const other = (next: Partial<Settings>) => {
    settings = { ...settings, ...next };
    settingsWatchers.forEach((fn) => fn(settings));
  };
  return { storage, other, watchers: () => settingsWatchers.size + pdfWatchers.size };
}

function start(storage: OptionsStorage, lang: 'en' | 'fr' = 'en') {
  const states: OptionsState[] = [];
  const abort = new AbortController();
  const actions = createOptionsController(lang, storage, (s) => states.push(s), abort.signal);
  const last = () => states[states.length - 1]!;
  return { actions, abort, last, states };
}

describe('the options controller', () => {
  it('reads the settings and the PDF option, then follows changes made elsewhere', async () => {
    const fake = fakeStorage({ ...defaultSettings(), hoverDelayMs: 650 });
    const { last } = start(fake.storage);
    await vi.waitFor(() => expect(last().settings?.hoverDelayMs).toBe(650));
    expect(last().pdfLinks).toBe(false);
    fake.other({ disabledSites: ['news.example'] });
    expect(last().settings?.disabledSites).toEqual(['news.example']);
  });

  it('saves a change and says so; a refused value only sets the status', async () => {
    const fake = fakeStorage();
    const { actions, last } = start(fake.storage);
    actions.change({ highlightStyle: 'strong' });
    await vi.waitFor(() => expect(last().status).toEqual({ text: 'Saved.', error: false }));
    expect(last().settings?.highlightStyle).toBe('strong');
    actions.invalid('Not saved: nope.');
    expect(last().status).toEqual({ text: 'Not saved: nope.', error: true });
    expect(fake.storage.updateSettings).toHaveBeenCalledTimes(1);
  });

  it('removes a site from the disable list against the stored list', async () => {
    const fake = fakeStorage({ ...defaultSettings(), disabledSites: ['a.example', 'b.example'] });
    const { actions, last } = start(fake.storage);
    actions.removeSite('a.example');
    await vi.waitFor(() => expect(last().status?.text).toBe('The extension works on a.example again.'));
    expect(last().settings?.disabledSites).toEqual(['b.example']);
  });

  it('reports a failed save and a failed load in words the reader can act on', async () => {
    const fake = fakeStorage();
    fake.storage.getSettings = () => Promise.reject(new Error('storage is off'));
    fake.storage.updateSettings = () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const { actions, last } = start(fake.storage);
    await vi.waitFor(() => expect(last().status?.error).toBe(true));
    expect(last().settings).toEqual(defaultSettings());
    actions.change({ hoverDelayMs: 100 });
    await vi.waitFor(() => expect(last().status?.text).toBe('Could not save the change: QUOTA_BYTES_PER_ITEM quota exceeded'));
  });

  it('asks for access to every site before turning PDF links on, and stores nothing when refused', async () => {
    const fake = fakeStorage();
    const { actions, last } = start(fake.storage);
    actions.setPdfLinks(true);
    // Asked at once, in the click's own task: the browser shows the prompt only for a user gesture.
    expect(fake.storage.requestAllSites).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(fake.storage.setPdfLinks).toHaveBeenCalledWith(true));
    vi.mocked(fake.storage.requestAllSites).mockResolvedValueOnce(false);
    actions.setPdfLinks(true);
    await vi.waitFor(() => expect(last().status?.error).toBe(true));
    expect(fake.storage.setPdfLinks).toHaveBeenCalledTimes(1);
    actions.setPdfLinks(false);
    expect(fake.storage.requestAllSites).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(fake.storage.setPdfLinks).toHaveBeenLastCalledWith(false));
  });

  it('stops listening and publishing once its signal aborts', async () => {
    const fake = fakeStorage();
    const { abort, states } = start(fake.storage);
    await vi.waitFor(() => expect(states.length).toBeGreaterThan(0));
    abort.abort();
    const count = states.length;
    fake.other({ hoverDelayMs: 900 });
    expect(fake.watchers()).toBe(0);
    expect(states).toHaveLength(count);
  });
});
