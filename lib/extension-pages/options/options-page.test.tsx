// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { freshRootPerTest } from '../test-root';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { Lang } from '../../core/lang';
import { defaultSettings, SETTINGS_KEY } from '../../core/settings';
import { getSettings, updateSettings } from '../../runtime/settings/storage';
import { useOptionsController } from './controller';

/** The page as entrypoints/options wires it: the view over the controller, on the fake browser's storage. */
function OptionsPage({ lang }: { lang: Lang }) {
  return <OptionsApp lang={lang} {...useOptionsController(lang)} />;
}

let root: HTMLElement;
freshRootPerTest((el) => (root = el));

async function mount(lang: Lang = 'en') {
  await act(async () => {
    render(<OptionsPage lang={lang} />, root);
  });
  await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
}

const status = () => root.querySelector('[role="status"]')!.textContent;
const input = (selector: string) => root.querySelector<HTMLInputElement>(selector)!;

async function change(element: HTMLInputElement | HTMLSelectElement, value?: string) {
  await act(async () => {
    if (value !== undefined) element.value = value;
    else if (element instanceof HTMLInputElement) element.checked = !element.checked;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the options page', () => {
  it('shows the stored settings in labelled controls', async () => {
    await updateSettings({ kinds: { resolution: false }, highlightStyle: 'underline', hoverDelayMs: 650, cardLang: 'es', disabledSites: ['example.org'] });
    await mount();
    expect(input('input[name="kind-resolution"]').checked).toBe(false);
    expect(input('input[name="kind-document"]').checked).toBe(true);
    expect(input('input[value="underline"]').checked).toBe(true);
    expect(input('#hover-delay').value).toBe('650');
    expect(root.querySelector<HTMLSelectElement>('#card-lang')!.value).toBe('es');
    expect(root.querySelector('.sites li')!.textContent).toContain('example.org');
    expect(root.querySelector('label[for="hover-delay"]')!.textContent).toBe('Delay before a card opens, in milliseconds');
    expect(input('input[name="kind-resolution"]').closest('label')!.textContent).toBe('UNEA resolutions');
  });

  it('saves each change at once and says so', async () => {
    await mount();
    await change(input('input[name="kind-article"]'));
    await vi.waitFor(async () => expect((await getSettings()).kinds.article).toBe(false));
    await change(input('input[value="strong"]'));
    await change(input('#hover-delay'), '900');
    await change(root.querySelector<HTMLSelectElement>('#card-lang')!, 'fr');
    await vi.waitFor(async () =>
      expect(await getSettings()).toEqual({ ...defaultSettings(), kinds: { ...defaultSettings().kinds, article: false }, highlightStyle: 'strong', hoverDelayMs: 900, cardLang: 'fr' }),
    );
    await vi.waitFor(() => expect(status()).toBe('Saved.'));
  });

  it.each(['5000', '-1', '12.5', ''])('refuses a hover delay of "%s" with an error and stores nothing', async (value) => {
    await mount();
    await change(input('#hover-delay'), value);
    expect(status()).toBe('Not saved: enter a whole number of milliseconds from 0 to 2000.');
    expect(input('#hover-delay').getAttribute('aria-invalid')).toBe('true');
    expect(await fakeBrowser.storage.sync.get(SETTINGS_KEY)).toEqual({ [SETTINGS_KEY]: undefined });
  });

  it('removes a site from the disable list', async () => {
    await updateSettings({ disabledSites: ['a.example', 'b.example'] });
    await mount();
    const button = root.querySelector<HTMLButtonElement>('button[aria-label="Remove a.example from the list"]')!;
    expect(button.textContent).toBe('Remove');
    await act(async () => button.click());
    await vi.waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['b.example']));
    await vi.waitFor(() => expect(root.querySelectorAll('.sites li')).toHaveLength(1));
    await vi.waitFor(() => expect(status()).toBe('The extension works on a.example again.'));
  });

  it('follows a change made elsewhere (the popup) without reloading', async () => {
    await mount();
    expect(root.querySelector('.sites li')).toBeNull();
    await act(async () => {
      await updateSettings({ disabledSites: ['news.example'], hoverDelayMs: 100 });
    });
    await vi.waitFor(() => expect(root.querySelector('.sites li')?.textContent).toContain('news.example'));
    expect(input('#hover-delay').value).toBe('100');
  });

  it('repairs hand-edited storage instead of crashing', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { hoverDelayMs: 'fast', highlightStyle: 'glitter', cardLang: 'fr', disabledSites: 'everything' } });
    await mount();
    expect(input('#hover-delay').value).toBe('300');
    expect(input('input[value="subtle"]').checked).toBe(true);
    expect(root.querySelector<HTMLSelectElement>('#card-lang')!.value).toBe('fr');
  });

  it('reports a failed save in words the reader can act on', async () => {
    await mount();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await change(input('input[name="kind-decision"]'));
    await vi.waitFor(() => expect(status()).toBe('Could not save the change: QUOTA_BYTES_PER_ITEM quota exceeded'));
    expect(root.querySelector('.status--error')).not.toBeNull();
  });

  it('offers automatic and the six languages of the Convention, each under its own name, and stores Arabic', async () => {
    await mount('zh');
    const select = root.querySelector<HTMLSelectElement>('#card-lang')!;
    expect([...select.options].map((o) => [o.value, o.textContent, o.lang])).toEqual([
      ['auto', '自动（浏览器语言）', ''],
      ['en', 'English', 'en'],
      ['fr', 'Français', 'fr'],
      ['es', 'Español', 'es'],
      ['ru', 'Русский', 'ru'],
      ['zh', '中文', 'zh'],
      ['ar', 'العربية', 'ar'],
    ]);
    await change(select, 'ar');
    await vi.waitFor(async () => expect((await getSettings()).cardLang).toBe('ar'));
  });

  it('speaks the reader’s language', async () => {
    await mount('fr');
    expect(root.querySelector('h1')!.textContent).toBe('Paramètres de Minamata Cross-Reference');
    expect(root.querySelector('legend')!.textContent).toBe('Citations à mettre en évidence');
  });
});
