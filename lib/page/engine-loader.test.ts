import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageEngine } from './engine-api';
import { engineLoader } from './engine-loader';

const engine = { sessionSettings: vi.fn(), createSession: vi.fn() } as unknown as PageEngine;
afterEach(() => vi.restoreAllMocks());

describe('engineLoader (the content script imports the page engine on demand)', () => {
  it('loads once for concurrent and later callers', async () => {
    const source = vi.fn(async () => engine);
    const load = engineLoader(source);
    expect(await Promise.all([load(), load()])).toEqual([engine, engine]);
    expect(await load()).toBe(engine);
    expect(source).toHaveBeenCalledTimes(1);
  });

  it('says a failed load in the console, forgets it, and loads on the next call', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const source = vi.fn().mockRejectedValueOnce(new Error('blocked')).mockResolvedValue(engine);
    const load = engineLoader(source);
    await expect(load()).rejects.toThrow('blocked');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/page engine could not be loaded/);
    expect(await load()).toBe(engine);
    expect(source).toHaveBeenCalledTimes(2);
  });
});
