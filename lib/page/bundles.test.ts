import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importBundle, onceUntilFailure } from './bundles';

afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as Record<string, unknown>).__bundleTest;
});

/** A module standing in for a bundle: when imported, it leaves `value` on the global (or nothing). */
const bundleLeaving = (value: string | null) =>
  `data:text/javascript,${encodeURIComponent(value === null ? 'export {};' : `globalThis.__bundleTest = ${JSON.stringify(value)};`)}`;

describe('importBundle', () => {
  it('imports the bundle at its extension address and returns the API it left on the global', async () => {
    const getURL = vi.spyOn(fakeBrowser.runtime, 'getURL').mockReturnValue(bundleLeaving('engine'));
    expect(await importBundle('/page-engine.js', () => (globalThis as Record<string, unknown>).__bundleTest)).toBe('engine');
    expect(getURL).toHaveBeenCalledWith('/page-engine.js');
  });

  it('says which bundle failed when it leaves no API', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockReturnValue(bundleLeaving(null));
    await expect(importBundle('/card-ui.js', () => (globalThis as Record<string, unknown>).__bundleTest)).rejects.toThrow('/card-ui.js could not be loaded');
  });
});

describe('onceUntilFailure', () => {
  it('loads once for concurrent and later callers', async () => {
    const load = vi.fn(async () => 'api');
    const get = onceUntilFailure(load);
    expect(await Promise.all([get(), get()])).toEqual(['api', 'api']);
    expect(await get()).toBe('api');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failure, so the next call loads again', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('blocked')).mockResolvedValue('api');
    const get = onceUntilFailure(load);
    await expect(get()).rejects.toThrow('blocked');
    expect(await get()).toBe('api');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
