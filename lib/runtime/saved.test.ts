import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { announceChange } from '../background/saved-handlers';
import { backgroundTable } from '../background/router';
import { dispatch } from './message-bus';
import { getSavedState, onSavedChanged, saveReference, undoUnsave, unsaveReference } from './saved';
import { openSavedDb } from '../store/db';
import { SavedListError, errorText } from '../core/errors';
import { SAVED_VERSION_KEY } from '../core/messages';
import { freshName, saveInput } from '../store/test-helpers';

beforeEach(async () => {
  fakeBrowser.reset();
  const db = await openSavedDb(freshName());
  // The background, as the content script reaches it: through runtime messaging. The fake browser
  // delivers answers only through sendResponse, so the listener answers that way here.
  const deps = { db: async () => db, announce: announceChange, now: Date.now };
  browser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    void dispatch(backgroundTable(deps), message, {}, 'content').then(sendResponse);
    return true;
  }) as never);
});

describe('the content-script client', () => {
  it('saves, reports the state and unsaves', async () => {
    await saveReference(saveInput('minamata:art3'));
    expect(await getSavedState(['minamata:art3', 'minamata:art4'])).toEqual(new Set(['minamata:art3']));
    expect(await getSavedState([])).toEqual(new Set());
    const undo = await unsaveReference('minamata:art3');
    expect(undo).toEqual(expect.any(String));
    expect(await getSavedState(['minamata:art3'])).toEqual(new Set());
    await undoUnsave(undo!);
    expect(await getSavedState(['minamata:art3'])).toEqual(new Set(['minamata:art3']));
    expect(await unsaveReference('minamata:art4')).toBeNull();
  });

  it('turns an error answer into a SavedListError with a sentence for the reader', async () => {
    const error = await saveReference({ ...saveInput(), id: 'not an id' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SavedListError);
    expect((error as SavedListError).code).toBe('unknown-id');
    expect(errorText('fr', error)).toContain('not an id');
  });

  it('onSavedChanged fires with the changed ids and stops when asked', async () => {
    const heard: Array<string[] | null> = [];
    const listening = new AbortController();
    onSavedChanged((changed) => heard.push(changed), listening.signal);
    await saveReference(saveInput('MC-5/3'));
    await browser.storage.local.set({ unrelated: 1 });
    await announceChange(null);
    listening.abort();
    await saveReference(saveInput('MC-5/4'));
    expect(heard).toEqual([['MC-5/3'], null]);
  });

  it('onSavedChanged stops when its signal aborts, and keeps only the string ids of a value it did not write', async () => {
    const heard: Array<string[] | null> = [];
    const abort = new AbortController();
    onSavedChanged((changed) => heard.push(changed), abort.signal);
    await browser.storage.local.set({ [SAVED_VERSION_KEY]: { rev: 1, changed: ['MC-5/3', 7] } });
    await browser.storage.local.set({ [SAVED_VERSION_KEY]: 'garbage' });
    abort.abort();
    await saveReference(saveInput('MC-5/4'));
    expect(heard).toEqual([['MC-5/3'], null]);
  });
});
