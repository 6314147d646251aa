import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, InvalidSettingError, SETTINGS_KEY, type Settings } from '../../core/settings';
import { getSettings, settingsAreaName, updateSettings, watchSettings } from './storage';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('where settings are stored', () => {
  it('uses storage.sync when the browser has it', async () => {
    expect(await settingsAreaName()).toBe('sync');
    await updateSettings({ hoverDelayMs: 700 });
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ hoverDelayMs: 700 });
    expect(await fakeBrowser.storage.local.get(SETTINGS_KEY)).toEqual({ [SETTINGS_KEY]: undefined });
  });

  it('falls back to storage.local when storage.sync refuses calls (Firefox with sync disabled)', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('Please set webextensions.storage.sync.enabled to true in about:config'));
    const setSync = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await settingsAreaName()).toBe('local');
    await updateSettings({ cardLang: 'es' });
    expect(setSync).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ cardLang: 'es' });
    expect((await getSettings()).cardLang).toBe('es');
  });

  it('falls back to storage.local when the browser has no storage.sync at all', async () => {
    const storage = fakeBrowser.storage as { sync?: unknown };
    const sync = storage.sync;
    delete storage.sync;
    try {
      expect(await settingsAreaName()).toBe('local');
      await updateSettings({ highlightStyle: 'none' });
      expect((await getSettings()).highlightStyle).toBe('none');
      expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ highlightStyle: 'none' });
    } finally {
      storage.sync = sync;
    }
  });
});

describe('getSettings', () => {
  it('gives the defaults on a fresh install', async () => {
    expect(await getSettings()).toEqual(defaultSettings());
  });

  it('repairs a hand-edited stored value field by field', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { hoverDelayMs: 'slow', cardLang: 'fr', kinds: { article: false, decision: 'maybe' } } });
    expect(await getSettings()).toEqual({ ...defaultSettings(), cardLang: 'fr', kinds: { ...defaultSettings().kinds, article: false } });
  });
});

describe('updateSettings', () => {
  it('merges a patch into what is stored and returns the result', async () => {
    await updateSettings({ cardLang: 'fr' });
    const next = await updateSettings({ kinds: { resolution: false } });
    expect(next).toEqual({ ...defaultSettings(), cardLang: 'fr', kinds: { ...defaultSettings().kinds, resolution: false } });
    expect(await getSettings()).toEqual(next);
  });

  it('rejects an invalid value and stores nothing', async () => {
    await expect(updateSettings({ hoverDelayMs: 99999 })).rejects.toBeInstanceOf(InvalidSettingError);
    expect(await getSettings()).toEqual(defaultSettings());
  });

  it('runs concurrent updates one after another so none is lost', async () => {
    await Promise.all([
      updateSettings((s) => ({ disabledSites: [...s.disabledSites, 'a.org'] })),
      updateSettings((s) => ({ disabledSites: [...s.disabledSites, 'b.org'] })),
      updateSettings({ hoverDelayMs: 100 }),
    ]);
    const stored = await getSettings();
    expect(stored.disabledSites).toEqual(['a.org', 'b.org']);
    expect(stored.hoverDelayMs).toBe(100);
  });

  it('keeps working after a failed update', async () => {
    await expect(updateSettings({ cardLang: 'xx' as never })).rejects.toThrow(/cardLang/);
    expect((await updateSettings({ cardLang: 'en' })).cardLang).toBe('en');
  });
});

describe('watchSettings', () => {
  it('reports every stored change with the previous settings', async () => {
    const seen: Array<[Settings, Settings]> = [];
    const listening = new AbortController();
    watchSettings((next, previous) => seen.push([next, previous]), listening.signal);
    await updateSettings({ highlightStyle: 'underline' });
    await updateSettings({ hoverDelayMs: 50 });
    expect(seen.map(([next]) => [next.highlightStyle, next.hoverDelayMs])).toEqual([
      ['underline', 300],
      ['underline', 50],
    ]);
    expect(seen[0]![1]).toEqual(defaultSettings());
    listening.abort();
    await updateSettings({ hoverDelayMs: 60 });
    expect(seen).toHaveLength(2);
  });

  it('ignores other keys and repairs an invalid new value', async () => {
    const seen: Settings[] = [];
    watchSettings((next) => seen.push(next), new AbortController().signal);
    await fakeBrowser.storage.local.set({ savedListVersion: 3 });
    expect(seen).toHaveLength(0);
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { hoverDelayMs: -4, cardLang: 'es' } });
    expect(seen).toEqual([{ ...defaultSettings(), cardLang: 'es' }]);
  });

  it('gives the defaults when the settings are removed', async () => {
    await updateSettings({ cardLang: 'fr' });
    const seen: Settings[] = [];
    watchSettings((next) => seen.push(next), new AbortController().signal);
    await fakeBrowser.storage.sync.remove(SETTINGS_KEY);
    expect(seen).toEqual([defaultSettings()]);
  });
});
