import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Notice, PageState, PopupActions, SavedListState } from '../../components/popup/types';
import { checkImportSize } from '../export/import-json';
import { t, type Lang } from '../i18n';
import type { PageCitations, Reply, SavedItem } from '../messages';
import { loadCardModels } from '../page/card-client';
import { onSavedChanged, request } from '../store/client';
import { errorText } from '../store/errors';
import { openTabInReader, pdfShownIn } from './pdf-tab';

/**
 * The tab the popup describes: `?tab=<id>` when given (the end-to-end tests open the popup as a
 * tab of its own), else the active tab of the popup's window.
 */
export async function targetTab(search: string): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Items fetched for the first screen: more than the list area shows, so a quick scroll finds rows. */
const FIRST_SCREEN = 60;

/** Starts a download of `text` without the downloads permission: a blob link clicked once. */
function download(filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The popup's state and the actions behind its buttons: the saved list from the background (kept
 * fresh through onSavedChanged, so a save in any tab shows at once), the current tab's citations
 * from its content script, and one notice line for results and errors.
 */
export function usePopupController(lang: Lang, tabId: Promise<number | undefined>) {
  const [saved, setSaved] = useState<SavedListState>({ status: 'loading' });
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  const [notice, setNotice] = useState<Notice | null>(null);
  const tab = useRef<number | undefined>(undefined);

  const fail = useCallback((error: unknown) => setNotice({ kind: 'error', text: errorText(lang, error) }), [lang]);

  const reload = useCallback(async () => {
    try {
      const items = await request<'saved/list'>({ type: 'saved/list' });
      setSaved({ status: 'ready', items, total: items.length, complete: true });
    } catch (error) {
      setSaved({ status: 'error', message: errorText(lang, error) });
    }
  }, [lang]);

  useEffect(() => {
    // The first screen comes from a small answer so it paints at once; the whole list (thousands
    // of items take a few hundred milliseconds to pass between processes) follows.
    void request<'saved/head'>({ type: 'saved/head', limit: FIRST_SCREEN })
      .then(({ items, total }) => setSaved((now) => (now.status === 'loading' ? { status: 'ready', items, total, complete: items.length === total } : now)))
      .catch(() => undefined)
      .then(reload);
    return onSavedChanged(() => void reload());
  }, [reload]);

  useEffect(() => {
    let alive = true;
    void (async () => {
      try {
        tab.current = await tabId;
        if (tab.current === undefined) throw new Error('no tab');
        const tabNow = tab.current;
        const pdf = await pdfShownIn(tabNow);
        if (pdf) {
          if (alive) setPage({ status: 'pdf', url: pdf, tabId: tabNow });
          return;
        }
        const reply = (await browser.tabs.sendMessage(tabNow, { type: 'page-citations' }, { frameId: 0 })) as Reply<PageCitations> | undefined;
        if (reply && !reply.ok && reply.code === 'site-disabled') {
          if (alive) setPage({ status: 'unavailable', message: t(lang, 'errSiteDisabled'), tabId: tab.current });
          return;
        }
        if (!reply?.ok) throw new Error('no answer');
        if (!alive) return;
        setPage({ status: 'ready', page: reply.value });
        const cards = await loadCardModels(reply.value.citations.map((c) => ({ id: c.id, kind: c.kind })), lang)
          .then((r) => r.models)
          .catch(() => []);
        if (alive) setTitles(new Map(cards.filter((card) => card.title).map((card) => [card.id, card.title!])));
      } catch {
        if (alive) setPage({ status: 'unavailable', message: t(lang, 'errNoPage'), tabId: tab.current });
      }
    })();
    return () => {
      alive = false;
    };
  }, [tabId, lang]);

  const savedIds = useMemo(() => new Set(saved.status === 'ready' ? saved.items.map((item) => item.id) : []), [saved]);

  const actions: PopupActions = useMemo(
    () => ({
      async update(id, note, tags) {
        try {
          await request<'saved/update'>({ type: 'saved/update', id, note, tags });
          setNotice({ kind: 'info', text: t(lang, 'noteSaved') });
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      },
      remove(item: SavedItem) {
        request<'saved/remove'>({ type: 'saved/remove', id: item.id })
          .then((removed) => {
            if (!removed) return;
            setNotice({
              kind: 'info',
              text: t(lang, 'removedStatus', removed.title || removed.id),
              undo: () => {
                setNotice(null);
                request<'saved/restore'>({ type: 'saved/restore', item: removed }).catch(fail);
              },
            });
          })
          .catch(fail);
      },
      save(citation) {
        const current = page.status === 'ready' ? page.page : undefined;
        const sentence = current?.citations.find((c) => c.id === citation.id)?.sentence ?? '';
        request<'saved/save'>({
          type: 'saved/save',
          item: { ...citation, page: { url: current?.url ?? '', title: current?.title ?? '', sentence } },
        }).catch(fail);
      },
      unsave(id) {
        request<'saved/remove'>({ type: 'saved/remove', id }).catch(fail);
      },
      reveal(id) {
        if (tab.current === undefined) return;
        browser.tabs.sendMessage(tab.current, { type: 'reveal-citation', id }, { frameId: 0 }).catch(fail);
      },
      openInReader(url) {
        if (tab.current === undefined) return;
        openTabInReader(tab.current, url)
          .then(() => window.close())
          .catch(fail);
      },
      exportAs(format) {
        request<'saved/export'>({ type: 'saved/export', format })
          .then((file) => {
            download(file.filename, file.mime, file.text);
            setNotice({ kind: 'info', text: t(lang, 'exportDone', file.filename) });
          })
          .catch(fail);
      },
      importFile(file) {
        (async () => {
          checkImportSize(file.size);
          const summary = await request<'saved/import'>({ type: 'saved/import', text: await file.text() });
          setNotice({ kind: 'info', text: t(lang, 'importDone', summary.added, summary.merged, summary.total) });
        })().catch(fail);
      },
      clear() {
        request<'saved/clear'>({ type: 'saved/clear' })
          .then((count) => setNotice({ kind: 'info', text: t(lang, 'clearDone', count) }))
          .catch(fail);
      },
    }),
    [lang, page, fail],
  );

  return { saved, page, savedIds, titles, notice, actions };
}
