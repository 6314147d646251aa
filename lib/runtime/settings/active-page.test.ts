import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activePageUrl } from './active-page';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

function activeTab(tab: { id?: number; url?: string } | undefined) {
  return vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue((tab ? [tab] : []) as never);
}

describe('activePageUrl', () => {
  it('uses the tab’s url when the browser gives it', async () => {
    const query = activeTab({ id: 4, url: 'https://example.org/a' });
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    expect(await activePageUrl()).toBe('https://example.org/a');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).not.toHaveBeenCalled();
  });

  it('asks the top frame’s content script when the url is hidden', async () => {
    activeTab({ id: 4 });
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { url: 'http://127.0.0.1:8080/note.html', top: true } } as never);
    expect(await activePageUrl()).toBe('http://127.0.0.1:8080/note.html');
    expect(send).toHaveBeenCalledWith(4, { type: 'content-ping' }, { frameId: 0 });
  });

  it.each([
    ['no content script answers', () => vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'))],
    ['the answer is not a ping reply', () => vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: false } as never)],
  ])('is undefined when %s', async (_why, mock) => {
    activeTab({ id: 4 });
    mock();
    expect(await activePageUrl()).toBeUndefined();
  });

  it('looks at the tab it is given instead of the active one', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    const get = vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 9 } as never);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { url: 'https://nine.example/', top: true } } as never);
    expect(await activePageUrl(9)).toBe('https://nine.example/');
    expect(get).toHaveBeenCalledWith(9);
    expect(send).toHaveBeenCalledWith(9, { type: 'content-ping' }, { frameId: 0 });
    expect(query).not.toHaveBeenCalled();
  });

  it('is undefined for a tab that no longer exists', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 9.'));
    expect(await activePageUrl(9)).toBeUndefined();
  });

  it('is undefined without an active tab', async () => {
    activeTab(undefined);
    expect(await activePageUrl()).toBeUndefined();
  });
});
