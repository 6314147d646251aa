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

  it('is undefined without an active tab', async () => {
    activeTab(undefined);
    expect(await activePageUrl()).toBeUndefined();
  });
});
