// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { savedItem } from '../../lib/store/test-helpers';
import type { SavedItem } from '../../lib/core/messages';
import { PopupApp, type PopupView } from './PopupApp';
import type { PageState, PopupActions, SavedListState } from '../../lib/extension-pages/popup/types';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function actions(): PopupActions & Record<string, ReturnType<typeof vi.fn>> {
  return {
    update: vi.fn(async () => true),
    remove: vi.fn(),
    save: vi.fn(),
    unsave: vi.fn(),
    reveal: vi.fn(),
    exportAs: vi.fn(),
    importFile: vi.fn(),
    clear: vi.fn(),
  } as never;
}

async function mount(props: {
  view?: PopupView;
  saved?: SavedListState;
  page?: PageState;
  savedIds?: Set<string>;
  acts?: PopupActions;
  recovery?: string;
  onDismissRecovery?: () => void;
}) {
  await act(async () => {
    render(
      <PopupApp
        lang="en"
        view={props.view ?? 'saved'}
        onView={() => undefined}
        saved={props.saved ?? { status: 'loading' }}
        page={props.page ?? { status: 'loading' }}
        savedIds={props.savedIds ?? new Set()}
        titles={new Map()}
        notice={null}
        actions={props.acts ?? actions()}
        recovery={props.recovery}
        onDismissRecovery={props.onDismissRecovery}
      />,
      root,
    );
  });
}

const ready = (items: SavedItem[]): SavedListState => ({ status: 'ready', items, total: items.length, complete: true });

describe('after the browser lost the list', () => {
  it('says so in an alert above the list until the reader dismisses it', async () => {
    const onDismissRecovery = vi.fn();
    await mount({ saved: ready([savedItem('MC-5/3')]), recovery: 'Your browser lost the saved list.', onDismissRecovery });
    const alert = root.querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('Your browser lost the saved list.');
    await act(async () => alert.querySelector('button')!.click());
    expect(onDismissRecovery).toHaveBeenCalledOnce();
  });
});

describe('Saved view', () => {
  it('shows the kind and the meeting under a reference without a title, not its id twice', async () => {
    await mount({ saved: ready([savedItem('UNEP/MC/COP.6/INF/29', { title: '' }), savedItem('UNEP/EA.6/Res.3', { title: 'UNEP/EA.6/Res.3' }), savedItem('MC-5/3', { title: 'A title' })]) });
    const rows = [...root.querySelectorAll('.row')].map((r) => [r.querySelector('.row__title')!.textContent, r.querySelector('.row__id')!.textContent]);
    expect(rows.sort()).toEqual([
      ['A title', 'MC-5/3'],
      ['UNEP/EA.6/Res.3', 'UNEA resolution · UNEA-6'],
      ['UNEP/MC/COP.6/INF/29', 'Document · COP-6'],
    ]);
  });

  it('explains what to do when the list is empty', async () => {
    await mount({ saved: ready([]) });
    expect(root.textContent).toContain('No saved references yet. Hover a highlighted citation');
  });

  it('renders a window of 10 000 items, not all of them, with their list positions', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => savedItem(`UNEP/MC/COP.1/INF/${i + 1}`, { savedAt: i }));
    const started = performance.now();
    await mount({ saved: ready(items) });
    const elapsed = performance.now() - started;
    const rows = root.querySelectorAll('[aria-posinset]');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(root.textContent).toContain('10000 of 10000 shown');
    // A loose bound for a slow CI machine; the real paint is measured by npm run bench:popup.
    expect(elapsed).toBeLessThan(1000);
  });

  it('edits the note and tags of an item and asks to remove another', async () => {
    const acts = actions();
    await mount({ saved: ready([savedItem('MC-5/3', { note: 'old' }), savedItem('minamata:art16', { savedAt: 0 })]), acts });
    const edit = root.querySelector<HTMLButtonElement>('button[aria-label="Note and tags of MC-5/3"]')!;
    await act(async () => edit.click());
    const textarea = root.querySelector('textarea')!;
    expect(textarea.value).toBe('old');
    await act(async () => {
      textarea.value = 'new note';
      textarea.dispatchEvent(new Event('input'));
      const tags = root.querySelector<HTMLInputElement>('.editor input')!;
      tags.value = 'a, b;c';
      tags.dispatchEvent(new Event('input'));
    });
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(acts.update).toHaveBeenCalledWith('MC-5/3', 'new note', ['a', 'b', 'c']);
    await act(async () => root.querySelector<HTMLButtonElement>('button[aria-label="Remove minamata:art16 from the saved list"]')!.click());
    expect(acts.remove).toHaveBeenCalledWith(expect.objectContaining({ id: 'minamata:art16' }));
  });

  it('clears only after confirmation', async () => {
    const acts = actions();
    await mount({ saved: ready([savedItem('MC-5/3')]), acts });
    const clear = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Clear the list')!;
    await act(async () => clear.click());
    expect(acts.clear).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Remove the 1 saved reference?');
    const confirm = root.querySelector<HTMLButtonElement>('.confirm .danger')!;
    await act(async () => confirm.click());
    expect(acts.clear).toHaveBeenCalledOnce();
  });
});

describe('On this page view', () => {
  it('groups citations by kind with counts, reveals and toggles saving', async () => {
    const acts = actions();
    await mount({
      view: 'page',
      acts,
      savedIds: new Set(['MC-5/3']),
      page: {
        status: 'ready',
        page: {
          url: 'https://example.org/',
          title: 'Brief',
          citations: [
            { id: 'UNEP/MC/COP.6/INF/28', kind: 'document', text: 'UNEP/MC/COP.6/INF/28', count: 3 },
            { id: 'MC-5/3', kind: 'decision', text: 'decision MC-5/3', count: 1 },
            { id: 'UNEP/MC/COP.6/22', kind: 'document', text: 'UNEP/MC/COP.6/22', count: 1 },
          ],
        },
      },
    });
    const headings = [...root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Documents 2', 'COP decisions 1']);
    expect(root.textContent).toContain('3 times on the page');
    expect(root.textContent).toContain('1 time on the page');
    // No title known: the kind and the meeting, never the id a second time.
    expect([...root.querySelectorAll('.cite__id')].map((e) => e.textContent)).toEqual(['Document · COP-6', 'Document · COP-6', 'MC-5/3 · COP decision · COP-5']);
    const saves = [...root.querySelectorAll<HTMLButtonElement>('.cite__save')];
    expect(saves.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true']);
    await act(async () => saves[0]!.click());
    expect(acts.save).toHaveBeenCalledWith({ id: 'UNEP/MC/COP.6/INF/28', kind: 'document', title: 'UNEP/MC/COP.6/INF/28' });
    await act(async () => saves[2]!.click());
    expect(acts.unsave).toHaveBeenCalledWith('MC-5/3');
    await act(async () => root.querySelector<HTMLButtonElement>('.cite__reveal')!.click());
    expect(acts.reveal).toHaveBeenCalledWith('UNEP/MC/COP.6/INF/28');
  });

  it('explains an empty page and a tab it cannot read', async () => {
    await mount({ view: 'page', page: { status: 'ready', page: { url: 'https://example.org/', title: '', citations: [] } } });
    expect(root.textContent).toContain('No Minamata Convention citations were found on this page.');
    await mount({ view: 'page', page: { status: 'unavailable', message: 'cannot read this tab' } });
    expect(root.textContent).toContain('cannot read this tab');
  });
});
