import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_PING, REVEAL_CITATION } from '../core/messages';
import { SavedListError } from '../core/errors';
import { dispatch, handler, send, sendToTab, table } from './message-bus';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const answer = (reply: unknown) => vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(reply as never);
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as SavedListError);

describe('sendToTab', () => {
  it('returns the reply value as its schema parsed it', async () => {
    answer({ ok: true, value: { url: 'https://example.org/', top: true, extra: 'dropped' } });
    expect(await sendToTab(3, 'content-ping', {})).toEqual({ url: 'https://example.org/', top: true });
  });

  it('refuses a value that is not what the message answers, as a page could forge', async () => {
    answer({ ok: true, value: { url: 42, top: true } });
    const error = await failure(sendToTab(3, 'content-ping', {}));
    expect(error).toBeInstanceOf(SavedListError);
    expect(error?.code).toBe('bad-message');
    expect(error?.message).toContain('url');
  });

  it('turns an error answer into a SavedListError, and an unknown code into storage-failed', async () => {
    answer({ ok: false, code: 'site-disabled', error: 'off here' });
    expect(await failure(sendToTab(3, 'page-citations', {}))).toMatchObject({ code: 'site-disabled', message: 'off here' });
    answer({ ok: false, code: 'made-up', error: 'odd' });
    expect(await failure(sendToTab(3, 'page-citations', {}))).toMatchObject({ code: 'storage-failed', message: 'odd' });
    answer(undefined);
    expect(await failure(sendToTab(3, 'page-citations', {}))).toMatchObject({ code: 'storage-failed' });
  });

  it('says the page did not answer when no content script is there', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await failure(sendToTab(3, 'content-ping', {}))).toMatchObject({ code: 'no-page' });
  });
});

describe('send', () => {
  it('returns the background’s value and throws its errors', async () => {
    const reply = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: ['MC-5/3'] } as never);
    expect(await send('saved/state', { ids: ['MC-5/3'] })).toEqual(['MC-5/3']);
    expect(reply).toHaveBeenCalledWith({ type: 'saved/state', ids: ['MC-5/3'] });
    reply.mockResolvedValue({ ok: false, code: 'not-allowed', error: 'no' } as never);
    expect(await failure(send('saved/list', {}))).toMatchObject({ code: 'not-allowed' });
  });
});

describe('dispatch', () => {
  const rows = table([
    handler(CONTENT_PING, ['extension'], () => ({ url: 'https://example.org/', top: true })),
    handler(REVEAL_CITATION, ['extension', 'content'], (request) => ({ found: request.id === 'MC-5/3' })),
  ]);

  it('answers only this extension, and only the senders a row allows', async () => {
    expect(await dispatch(rows, { type: 'content-ping' }, {}, null)).toBeUndefined();
    expect(await dispatch(rows, { type: 'content-ping' }, {}, 'content')).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(await dispatch(rows, { type: 'content-ping' }, {}, 'extension')).toEqual({ ok: true, value: { url: 'https://example.org/', top: true } });
  });

  it('hands the handler a parsed request and refuses malformed or unknown ones', async () => {
    expect(await dispatch(rows, { type: 'reveal-citation', id: 'MC-5/3' }, {}, 'content')).toEqual({ ok: true, value: { found: true } });
    expect(await dispatch(rows, { type: 'reveal-citation', id: 7 }, {}, 'content')).toMatchObject({ ok: false, code: 'bad-message' });
    expect(await dispatch(rows, { type: 'reveal-citation', id: 'x', extra: 1 }, {}, 'content')).toMatchObject({ ok: false, code: 'bad-message' });
    expect(await dispatch(rows, { type: 'nope' }, {}, 'extension')).toMatchObject({ ok: false, code: 'bad-message' });
    expect(await dispatch(rows, 'content-ping', {}, 'extension')).toMatchObject({ ok: false, code: 'bad-message' });
  });
});
