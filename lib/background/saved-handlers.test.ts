import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { SAVED_VERSION_KEY, type Reply, type SavedItem } from '../core/messages';
import { openSavedDb } from '../store/db';
import { freshName, saveInput } from '../store/test-helpers';
import { toJson } from '../core/export/json';
import { announceChange, type SavedDeps } from './saved-handlers';
import { backgroundTable, handleMessage } from './router';
import { dispatch, type SenderKind } from '../runtime/message-bus';

let deps: SavedDeps;
let announced: Array<string[] | null>;
beforeEach(async () => {
  fakeBrowser.reset();
  const db = await openSavedDb(freshName());
  announced = [];
  let clock = 1000;
  deps = { db: async () => db, announce: async (changed) => void announced.push(changed), now: () => clock++ };
});

const sendAs = async (kind: SenderKind, message: unknown) => (await dispatch(backgroundTable(deps), message, {}, kind))!;
const send = (message: unknown) => sendAs('extension', message);
const ok = async <T>(message: unknown): Promise<T> => {
  const reply = (await send(message)) as Reply<T>;
  if (!reply.ok) throw new Error(`expected ok, got ${reply.code}: ${reply.error}`);
  return reply.value;
};

describe('saved-list messages', () => {
  it('save, state, list, update, remove, restore, clear', async () => {
    const item = await ok<{ id: string }>({ type: 'saved/save', item: saveInput('MC-5/3') });
    expect(item.id).toBe('MC-5/3');
    expect(await ok({ type: 'saved/state', ids: ['MC-5/3', 'MC-5/4'] })).toEqual(['MC-5/3']);
    const updated = await ok<SavedItem>({ type: 'saved/update', id: 'MC-5/3', note: 'n', tags: ['t'] });
    expect(await ok({ type: 'saved/list' })).toEqual([updated]);
    const removed = await ok<SavedItem>({ type: 'saved/remove', id: 'MC-5/3' });
    expect(await ok({ type: 'saved/list' })).toEqual([]);
    await ok({ type: 'saved/restore', item: removed });
    expect(await ok({ type: 'saved/list' })).toEqual([updated]);
    expect(await ok({ type: 'saved/clear' })).toBe(1);
    expect(announced).toEqual([['MC-5/3'], ['MC-5/3'], ['MC-5/3'], ['MC-5/3'], null]);
  });

  it('exports and imports through messages', async () => {
    await ok({ type: 'saved/save', item: saveInput('minamata:art16') });
    const file = await ok<{ text: string; filename: string }>({ type: 'saved/export', format: 'json' });
    expect(file.filename).toMatch(/\.json$/);
    await ok({ type: 'saved/clear' });
    expect(await ok({ type: 'saved/import', text: file.text })).toEqual({ added: 1, merged: 0, total: 1 });
  });

  it.each([
    ['no type', {}, 'bad-message'],
    ['an unknown type', { type: 'saved/explode' }, 'bad-message'],
    ['an extra key', { type: 'saved/list', sql: 'drop' }, 'bad-message'],
    ['an unknown id', { type: 'saved/remove', id: 'javascript:alert(1)' }, 'unknown-id'],
    ['an unknown id in a save', { type: 'saved/save', item: { ...saveInput(), id: 'UNEP/XX/1' } }, 'unknown-id'],
    ['a kind that does not match', { type: 'saved/save', item: { ...saveInput('MC-5/3'), kind: 'article' } }, 'bad-message'],
    ['a huge title', { type: 'saved/save', item: { ...saveInput(), title: 'x'.repeat(501) } }, 'bad-message'],
    ['a huge sentence', { type: 'saved/save', item: saveInput(undefined, undefined, { page: { url: 'https://example.org/', title: '', sentence: 'x'.repeat(1001) } }) }, 'bad-message'],
    ['a page address that is not a web page', { type: 'saved/save', item: saveInput(undefined, 'javascript:alert(1)') }, 'bad-message'],
    ['too many ids', { type: 'saved/state', ids: Array.from({ length: 5001 }, () => 'MC-5/3') }, 'bad-message'],
    ['too many tags', { type: 'saved/update', id: 'MC-5/3', tags: Array.from({ length: 31 }, (_, i) => `t${i}`) }, 'bad-message'],
    ['a head of zero items', { type: 'saved/head', limit: 0 }, 'bad-message'],
    ['an unknown export format', { type: 'saved/export', format: 'docx' }, 'bad-message'],
    ['editing an item that is not saved', { type: 'saved/update', id: 'MC-5/3', note: 'x' }, 'not-saved'],
    ['an import that is not JSON', { type: 'saved/import', text: 'nope' }, 'import-not-json'],
  ])('answers %s with an error', async (_label, message, code) => {
    const reply = await send(message);
    expect(reply).toMatchObject({ ok: false, code });
    expect(announced).toEqual([]);
  });

  it('a rejected import leaves the list unchanged', async () => {
    await ok({ type: 'saved/save', item: saveInput('MC-5/3') });
    const before = await ok({ type: 'saved/list' });
    const text = toJson([]).replace('"items": []', '"items": [{"id": "MC-5/4"}]');
    expect(await send({ type: 'saved/import', text })).toMatchObject({ ok: false, code: 'import-bad-field' });
    expect(await ok({ type: 'saved/list' })).toEqual(before);
  });
});

describe('who may send what', () => {
  it('a content script may do what a card needs and nothing more', async () => {
    const asCard = (message: unknown) => sendAs('content', message);
    expect(await asCard({ type: 'saved/save', item: saveInput('MC-5/3') })).toMatchObject({ ok: true });
    expect(await asCard({ type: 'saved/state', ids: ['MC-5/3'] })).toEqual({ ok: true, value: ['MC-5/3'] });
    for (const message of [
      { type: 'saved/list' },
      { type: 'saved/head', limit: 10 },
      { type: 'saved/export', format: 'json' },
      { type: 'saved/import', text: '{}' },
      { type: 'saved/clear' },
      { type: 'saved/remove', id: 'MC-5/3' },
      { type: 'saved/update', id: 'MC-5/3', note: 'x' },
      { type: 'saved/restore', item: { id: 'MC-5/3' } },
    ]) {
      expect(await asCard(message)).toMatchObject({ ok: false, code: 'not-allowed' });
    }
    expect(await ok({ type: 'saved/list' })).toHaveLength(1);
  });

  it("a card's unsave hands back a token, never the item, and undo restores note and pages", async () => {
    await ok({ type: 'saved/save', item: saveInput('MC-5/3') });
    const noted = await ok<SavedItem>({ type: 'saved/update', id: 'MC-5/3', note: 'mine', tags: ['t'] });
    const unsaved = await sendAs('content', { type: 'saved/unsave', id: 'MC-5/3' });
    expect(unsaved).toMatchObject({ ok: true, value: { undo: expect.any(String) } });
    expect(JSON.stringify(unsaved)).not.toContain('mine');
    expect(await ok({ type: 'saved/list' })).toEqual([]);
    const token = (unsaved as { value: { undo: string } }).value.undo;
    expect(await sendAs('content', { type: 'saved/undo', token: 'forged' })).toEqual({ ok: true, value: { restored: false } });
    expect(await sendAs('content', { type: 'saved/undo', token })).toEqual({ ok: true, value: { restored: true } });
    expect(await ok({ type: 'saved/list' })).toEqual([noted]);
    // A token works once.
    expect(await sendAs('content', { type: 'saved/undo', token })).toEqual({ ok: true, value: { restored: false } });
  });
});

describe('the marker and backup hooks', () => {
  /** Makes the next `put` fail the way a full disk does in Chromium (the transaction aborts). */
  function failNextPut(name: string): void {
    const proto = IDBObjectStore.prototype as unknown as { put: (...args: unknown[]) => IDBRequest };
    const original = proto.put;
    proto.put = function (this: IDBObjectStore) {
      proto.put = original;
      this.transaction.abort();
      throw new DOMException('simulated', name);
    };
  }

  let calls: string[];
  beforeEach(() => {
    calls = [];
    deps.guard = {
      afterCommit: async (size) => void calls.push(`afterCommit ${JSON.stringify(size)}`),
      beforeEmptying: async () => void calls.push('beforeEmptying'),
      verifyAfterFailure: async () => void calls.push('verify'),
    };
    const announce = deps.announce;
    deps.announce = async (changed) => {
      calls.push('announce');
      await announce(changed);
    };
  });

  it('records the marker after each committed change, before announcing it, and before a clear', async () => {
    await ok({ type: 'saved/save', item: saveInput('MC-5/3') });
    await ok({ type: 'saved/save', item: saveInput('MC-5/3', 'https://other.example/') });
    await ok({ type: 'saved/state', ids: ['MC-5/3'] });
    const removed = await ok({ type: 'saved/remove', id: 'MC-5/3' });
    await ok({ type: 'saved/restore', item: removed });
    await ok({ type: 'saved/clear' });
    expect(calls).toEqual([
      'afterCommit {"delta":1}',
      'announce',
      'afterCommit {"delta":0}',
      'announce',
      'afterCommit {"delta":-1}',
      'announce',
      'afterCommit {"delta":1}',
      'announce',
      'beforeEmptying',
      'afterCommit {"total":0}',
      'announce',
    ]);
  });

  it.each(['QuotaExceededError', 'AbortError', 'UnknownError'])('after %s it checks the database, and the answer does not say nothing was changed', async (name) => {
    failNextPut(name);
    const reply = await send({ type: 'saved/save', item: saveInput('MC-5/3') });
    expect(reply).toMatchObject({ ok: false, code: name === 'QuotaExceededError' ? 'storage-full' : 'storage-failed' });
    expect((reply as { error: string }).error).not.toMatch(/nothing was changed/i);
    expect(calls).toEqual(['verify']);
  });

  it('a refused request does not check the database', async () => {
    await send({ type: 'saved/update', id: 'MC-5/3', note: 'x' });
    expect(calls).toEqual([]);
  });
});

describe('router', () => {
  it('ignores messages that do not come from this extension', async () => {
    const own = { id: browser.runtime.id };
    expect(await handleMessage({ type: 'saved/list' }, { id: 'another-extension' })).toBeUndefined();
    expect(await handleMessage({ type: 'saved/list' }, {})).toBeUndefined();
    const reply = await handleMessage({ type: 'saved/state', ids: 'x' }, own);
    expect(reply).toMatchObject({ ok: false, code: 'bad-message' });
  });
});

describe('announceChange', () => {
  it('rewrites the version key so every tab hears storage.onChanged, even twice in a row', async () => {
    const heard: unknown[] = [];
    browser.storage.onChanged.addListener((changes) => heard.push(changes[SAVED_VERSION_KEY]?.newValue));
    await announceChange(['MC-5/3']);
    await announceChange(['MC-5/3']);
    expect(heard).toHaveLength(2);
    expect(heard[0]).toMatchObject({ changed: ['MC-5/3'] });
  });
});
