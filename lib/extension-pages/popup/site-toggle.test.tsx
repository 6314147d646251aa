// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { freshRootPerTest } from '../test-root';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteToggle } from '../../../components/popup/SiteToggle';
import { getSettings, updateSettings } from '../../runtime/settings/storage';
import { siteToggleTarget, useSiteToggle, type SiteToggleDeps } from './site-toggle';
import { defaultSettings } from '../../core/settings';
import type { PageState } from './types';

/** The switch as the popup wires it: the view over the hook, for the page the popup describes. */
function Toggle({ page }: { page: PageState }) {
  const { state, toggle } = useSiteToggle('en', page);
  return <SiteToggle lang="en" state={state} onToggle={toggle} />;
}

/** A page that listed its citations (`url`), or one that did not answer (undefined: the tab is asked). */
const pageAt = (url: string | undefined): PageState =>
  url === undefined ? { status: 'unavailable', message: 'switched off', tabId: undefined } : { status: 'ready', page: { url, title: '', citations: [] } };

let root: HTMLElement;
freshRootPerTest((el) => (root = el));

async function mount(url: string | undefined) {
  await act(async () => {
    render(<Toggle page={pageAt(url)} />, root);
  });
}

const box = () => root.querySelector<HTMLInputElement>('input[role="switch"]')!;

describe('siteToggleTarget', () => {
  it.each([
    [{ status: 'loading' }, null],
    [{ status: 'pdf', url: 'https://example.org/a.pdf', tabId: 3 }, null],
    [{ status: 'unavailable', message: '', tabId: 4 }, { tabId: 4 }],
    [{ status: 'ready', page: { url: 'https://example.org/', title: '', citations: [] } }, { url: 'https://example.org/' }],
  ] as Array<[PageState, unknown]>)('%j → %j', (page, target) => {
    expect(siteToggleTarget(page)).toEqual(target);
  });
});

describe('the site switch', () => {
  it('switches the extension off for the page’s site, then back on', async () => {
    await mount('https://www.example.org/report?page=2');
    await vi.waitFor(() => expect(box().disabled).toBe(false));
    expect(box().checked).toBe(true);
    expect(box().closest('label')!.textContent).toBe('Highlight citations on www.example.org');

    await act(async () => box().click());
    await vi.waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['www.example.org']));
    await vi.waitFor(() => expect(box().checked).toBe(false));
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')!.textContent).toBe('Switched off on www.example.org.'));

    await act(async () => box().click());
    await vi.waitFor(async () => expect((await getSettings()).disabledSites).toEqual([]));
    await vi.waitFor(() => expect(box().checked).toBe(true));
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')!.textContent).toBe('Switched back on for www.example.org.'));
  });

  it('shows the remembered state', async () => {
    await updateSettings({ disabledSites: ['example.org'] });
    await mount('http://example.org/');
    await vi.waitFor(() => expect(box().disabled).toBe(false));
    expect(box().checked).toBe(false);
  });

  it('follows a change made on the options page', async () => {
    await mount('https://example.org/');
    await vi.waitFor(() => expect(box().checked).toBe(true));
    await act(async () => {
      await updateSettings({ disabledSites: ['example.org'] });
    });
    await vi.waitFor(() => expect(box().checked).toBe(false));
  });

  it.each(['chrome://extensions/', 'about:blank'])('says it is unavailable on %s', async (url) => {
    await mount(url);
    expect(root.querySelector('input')).toBeNull();
    expect(root.textContent).toBe('Citations are only highlighted on web pages.');
  });

  it('without a url, switches the active tab’s site, asking its content script when the browser hides the url', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { url: 'https://off.example/page', top: true } } as never);
    await updateSettings({ disabledSites: ['off.example'] });
    await mount(undefined);
    await vi.waitFor(() => expect(box().disabled).toBe(false));
    expect(box().checked).toBe(false);
    await act(async () => box().click());
    await vi.waitFor(async () => expect((await getSettings()).disabledSites).toEqual([]));
  });

  it('without a url, on a page no content script runs in, says it is unavailable', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await mount(undefined);
    await vi.waitFor(() => expect(root.textContent).toBe('Citations are only highlighted on web pages.'));
  });

  it('says why a switch could not be stored, and stops following the settings once closed', async () => {
    const watchers = new Set<AbortSignal>();
    const deps: SiteToggleDeps = {
      activePageUrl: async () => undefined,
      getSettings: async () => defaultSettings(),
      watchSettings: (_listener, signal) => void watchers.add(signal),
      toggleSite: () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded')),
    };
    function Faked() {
      const { state, toggle } = useSiteToggle('en', pageAt('https://example.org/'), deps);
      return <SiteToggle lang="en" state={state} onToggle={toggle} />;
    }
    await act(async () => {
      render(<Faked />, root);
    });
    await vi.waitFor(() => expect(box().disabled).toBe(false));
    await act(async () => box().click());
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')!.textContent).toBe('Could not save the change: QUOTA_BYTES_PER_ITEM quota exceeded'));
    expect(box().checked).toBe(true);
    await act(async () => render(null, root));
    expect([...watchers].every((signal) => signal.aborted)).toBe(true);
  });
});
