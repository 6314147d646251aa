import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchKey, type KeyChange } from './storage-watch';

beforeEach(() => fakeBrowser.reset());

describe('watchKey', () => {
  it('reports changes of its key in its areas only, until the signal aborts', async () => {
    const seen: KeyChange[] = [];
    const abort = new AbortController();
    watchKey('k', ['local'], (change) => seen.push(change), abort.signal);
    await fakeBrowser.storage.local.set({ k: 1, other: 2 });
    await fakeBrowser.storage.sync.set({ k: 3 });
    abort.abort();
    await fakeBrowser.storage.local.set({ k: 4 });
    expect(seen.map((c) => c.newValue)).toEqual([1]);
  });

  it('starts nothing under a signal that has already aborted', async () => {
    const seen: unknown[] = [];
    const listening = new AbortController();
    watchKey('k', ['local'], (change) => seen.push(change.newValue), listening.signal);
    const aborted = new AbortController();
    aborted.abort();
    watchKey('k', ['local'], () => seen.push('never'), aborted.signal);
    await fakeBrowser.storage.local.set({ k: 1 });
    listening.abort();
    await fakeBrowser.storage.local.set({ k: 2 });
    expect(seen).toEqual([1]);
  });
});
