import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { SAVED_VERSION_KEY, type SaveInput } from '../core/messages';
import { SavedListError } from '../core/errors';
import { extensionPort } from './port';

/** The background as the port meets it: replies to runtime messages, and the announcement each change writes. */
function fakeBackground() {
  const saved = new Set<string>();
  const sent: Array<{ type: string }> = [];
  const announce = (changed: string[] | null) => browser.storage.local.set({ [SAVED_VERSION_KEY]: { rev: Math.random(), changed } });
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; item?: SaveInput; id?: string; ids?: string[]; token?: string }) => {
    sent.push(message);
    switch (message.type) {
      case 'saved/save':
        saved.add(message.item!.id);
        await announce([message.item!.id]);
        return { ok: true, value: { id: message.item!.id } };
      case 'saved/unsave': {
        if (!saved.delete(message.id!)) return { ok: true, value: { undo: null } };
        await announce([message.id!]);
        return { ok: true, value: { undo: `token-${message.id}` } };
      }
      case 'saved/undo': {
        const id = message.token!.replace('token-', '');
        saved.add(id);
        await announce([id]);
        return { ok: true, value: { restored: true } };
      }
      case 'saved/state':
        return { ok: true, value: message.ids!.filter((id) => saved.has(id)) };
      case 'index/cards':
        return { ok: true, value: { models: message.ids!.map((id) => ({ id })), labels: {} } };
      default:
        return { ok: false, code: 'bad-message', error: `unknown ${message.type}` };
    }
  }) as never);
  return { saved, sent, announce };
}

const input = (id: string): SaveInput => ({ id, kind: 'document', title: id, page: { url: 'https://example.org/', title: 'Example', sentence: '' } });
/** Lets storage events and replies through. */
const settle = () => new Promise((ok) => setTimeout(ok, 0));

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('extensionPort', () => {
  it('sends typed requests and unwraps the replies', async () => {
    const bg = fakeBackground();
    const port = extensionPort();
    await port.save(input('UNEP/MC/COP.6/INF/28'));
    expect(await port.savedState(['UNEP/MC/COP.6/INF/28', 'MC-5/3'])).toEqual(new Set(['UNEP/MC/COP.6/INF/28']));
    expect(await port.unsave('MC-5/3')).toBeNull();
    const token = await port.unsave('UNEP/MC/COP.6/INF/28');
    expect(token).toBe('token-UNEP/MC/COP.6/INF/28');
    await port.undo(token!);
    expect(bg.saved.has('UNEP/MC/COP.6/INF/28')).toBe(true);
    expect((await port.load([{ id: 'MC-5/3', kind: 'decision' }], 'fr-CA')).models).toEqual([{ id: 'MC-5/3' }]);
    expect(bg.sent.at(-1)).toEqual({ type: 'index/cards', ids: ['MC-5/3'], lang: 'fr' });
  });

  it('turns an error reply into a SavedListError', async () => {
    fakeBackground();
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValueOnce({ ok: false, code: 'storage-full', error: 'full' } as never);
    await expect(extensionPort().save(input('MC-5/3'))).rejects.toBeInstanceOf(SavedListError);
  });

  it('does not report its own changes, and reports changes made elsewhere', async () => {
    const bg = fakeBackground();
    const port = extensionPort();
    const heard: Array<string[] | null> = [];
    const life = new AbortController();
    port.onSavedChanged((changed) => heard.push(changed), life.signal);
    await port.save(input('MC-5/3'));
    const token = await port.unsave('MC-5/3');
    await port.undo(token!);
    await settle();
    expect(heard).toEqual([]);
    // Another tab saves the same reference, the popup clears the list.
    await bg.announce(['MC-5/3']);
    await bg.announce(null);
    await settle();
    expect(heard).toEqual([['MC-5/3'], null]);
    life.abort();
    await bg.announce(['MC-5/4']);
    await settle();
    expect(heard).toEqual([['MC-5/3'], null]);
  });

  it('reports a change elsewhere after one of its own failed', async () => {
    const bg = fakeBackground();
    const port = extensionPort();
    const heard: Array<string[] | null> = [];
    port.onSavedChanged((changed) => heard.push(changed), new AbortController().signal);
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('the worker restarted'));
    await expect(port.save(input('MC-5/3'))).rejects.toBeInstanceOf(SavedListError);
    await bg.announce(['MC-5/3']);
    await settle();
    expect(heard).toEqual([['MC-5/3']]);
  });

  it('copies through the clipboard it was given', async () => {
    const copy = vi.fn(async () => {});
    await extensionPort(copy).copy('UNEP/MC/COP.6/INF/28');
    expect(copy).toHaveBeenCalledWith('UNEP/MC/COP.6/INF/28');
  });
});
