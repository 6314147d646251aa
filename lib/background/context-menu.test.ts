import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isLookupSelectionMessage, LOOKUP_TEXT_MAX } from '../core/messages';
import { createLookupMenu, handleLookupClick, handleOpenPdfClick, LOOKUP_MENU_ID, OPEN_PDF_MENU_ID, registerContextMenu } from './context-menu';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

function mockMenus() {
  const calls: string[] = [];
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockImplementation(async () => {
    calls.push('removeAll');
  });
  const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation((props) => {
    calls.push(`create:${props.id}`);
    return props.id ?? '';
  });
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (key === 'contextMenuLookup' ? 'Look up citation' : key === 'contextMenuOpenPdf' ? 'Open PDF in mc-xref reader' : ''));
  return { calls, create };
}

describe('createLookupMenu', () => {
  it('creates one localised item on selections in web pages', async () => {
    const { create } = mockMenus();
    await createLookupMenu();
    expect(create).toHaveBeenCalledWith({
      id: LOOKUP_MENU_ID,
      title: 'Look up citation',
      contexts: ['selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
    expect(create).toHaveBeenCalledWith({
      id: OPEN_PDF_MENU_ID,
      title: 'Open PDF in mc-xref reader',
      contexts: ['link'],
      targetUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });

  it('removes before creating, one call after the other, so repeated events never duplicate the id', async () => {
    const { calls } = mockMenus();
    await Promise.all([createLookupMenu(), createLookupMenu()]);
    const once = ['removeAll', `create:${LOOKUP_MENU_ID}`, `create:${OPEN_PDF_MENU_ID}`];
    expect(calls).toEqual([...once, ...once]);
  });

  it('is created on install and on browser startup', async () => {
    const { create } = mockMenus();
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
    registerContextMenu(new AbortController().signal);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(4));
  });
});

describe('handleLookupClick', () => {
  it('sends the selection to the frame it was made in', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: null } as never);
    const sent = await handleLookupClick({ menuItemId: LOOKUP_MENU_ID, selectionText: 'see UNEP/MC/COP.6/INF/28', frameId: 3 }, { id: 12 });
    expect(sent).toBe(true);
    expect(send).toHaveBeenCalledWith(12, { type: 'lookup-selection', text: 'see UNEP/MC/COP.6/INF/28' }, { frameId: 3 });
    expect(isLookupSelectionMessage(send.mock.calls[0]![1])).toBe(true);
  });

  it('cuts a very long selection', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: null } as never);
    await handleLookupClick({ menuItemId: LOOKUP_MENU_ID, selectionText: 'x'.repeat(10_000), frameId: 0 }, { id: 1 });
    expect((send.mock.calls[0]![1] as { text: string }).text).toHaveLength(LOOKUP_TEXT_MAX);
  });

  it('ignores other items and clicks outside a tab', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    expect(await handleLookupClick({ menuItemId: 'other', selectionText: 'MC-5/3', frameId: 0 }, { id: 1 })).toBe(false);
    expect(await handleLookupClick({ menuItemId: LOOKUP_MENU_ID, selectionText: 'MC-5/3', frameId: 0 }, undefined)).toBe(false);
    expect(await handleLookupClick({ menuItemId: LOOKUP_MENU_ID, selectionText: 'MC-5/3', frameId: 0 }, { id: -1 })).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });

  it('does not throw when the tab has no content script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    expect(await handleLookupClick({ menuItemId: LOOKUP_MENU_ID, selectionText: 'MC-5/3', frameId: 0 }, { id: 5 })).toBe(false);
  });
});

describe('isLookupSelectionMessage', () => {
  it.each([
    [{ type: 'lookup-selection', text: 'MC-5/3' }, true],
    [{ type: 'lookup-selection', text: 5 }, false],
    [{ type: 'lookup-selection' }, false],
    [{ type: 'ping', text: 'x' }, false],
    [null, false],
    ['lookup-selection', false],
  ])('%j → %s', (message, expected) => {
    expect(isLookupSelectionMessage(message)).toBe(expected);
  });
});

describe('handleOpenPdfClick', () => {
  it('opens the link in the reader, in a new tab beside the page', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async (props) => ({ id: 9, ...props }) as never);
    const opened = await handleOpenPdfClick({ menuItemId: OPEN_PDF_MENU_ID, linkUrl: 'https://example.org/doc.pdf#page=4' }, { id: 3, index: 2 });
    expect(opened).toBe(true);
    expect(create).toHaveBeenCalledWith({
      url: `${fakeBrowser.runtime.getURL('/').replace(/\/$/, '')}/reader.html?file=${encodeURIComponent('https://example.org/doc.pdf')}#page=4`,
      index: 3,
      openerTabId: 3,
    });
  });

  it('ignores other items and non-web links', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await handleOpenPdfClick({ menuItemId: LOOKUP_MENU_ID, linkUrl: 'https://example.org/a.pdf' }, { id: 1, index: 0 })).toBe(false);
    expect(await handleOpenPdfClick({ menuItemId: OPEN_PDF_MENU_ID, linkUrl: 'javascript:alert(1)' }, { id: 1, index: 0 })).toBe(false);
    expect(create).not.toHaveBeenCalled();
  });
});
