import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Notice, PageState, PopupActions, SavedListState } from './types';
import { checkImportSize } from '../../core/export/import-json';
import { t, tp, type Lang } from '../../core/i18n';
import type { SavedItem } from '../../core/messages';
import { send, sendToTab } from '../../runtime/message-bus';
import { chunks, exportParts } from '../../core/export/chunked';
import { onSavedChanged } from '../../runtime/saved';
import { watchKey } from '../../runtime/storage-watch';
import { SavedListError, errorText } from '../../core/errors';
import { RECOVERY_KEY, dismissRecovery, parseRecovery, pendingRecovery, readMarker, type Recovery } from '../../store/guard';
import { guardedDb, localArea as area } from '../../store/live';
import { readAll } from '../../store/paging';
import { recentItems } from '../../store/saved-list';
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

/** Starts a download of `parts` without the downloads permission: a blob link clicked once. */
function download(filename: string, mime: string, parts: BlobPart[]): void {
  const url = URL.createObjectURL(new Blob(parts, { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The sentence that tells the reader the browser lost their list, and what came back. */
export function recoveryText(lang: Lang, recovery: Recovery): string {
  if (recovery.restored === 0 || recovery.backupAt === null) return t(lang, 'recoveryNoBackup', recovery.expected);
  const when = new Date(recovery.backupAt).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
  return t(lang, 'recoveryRestored', recovery.expected, when, recovery.restored);
}

/**
 * The popup's state and the actions behind its buttons: the saved list, read straight from the
 * extension's IndexedDB in pages (the popup is an extension page of the same origin; a list of
 * 100,000 items would not fit in one runtime message) and kept fresh through onSavedChanged, so a
 * save in any tab shows at once; the current tab's citations from its content script; one notice
 * line for results and errors; and a lasting notice when the browser lost the list. Writes still
 * go through the background, which keeps the marker and the backup.
 */
export function usePopupController(lang: Lang, tabId: Promise<number | undefined>) {
  const [saved, setSaved] = useState<SavedListState>({ status: 'loading' });
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  const [notice, setNotice] = useState<Notice | null>(null);
  const tab = useRef<number | undefined>(undefined);

  const fail = useCallback((error: unknown) => setNotice({ kind: 'error', text: errorText(lang, error) }), [lang]);

  const [recovery, setRecovery] = useState<Recovery | null>(null);

  const reload = useCallback(async () => {
    try {
      const items = await readAll(await guardedDb());
      setSaved({ status: 'ready', items, total: items.length, complete: true });
    } catch (error) {
      setSaved({ status: 'error', message: errorText(lang, error) });
    }
  }, [lang]);

  useEffect(() => {
    const abort = new AbortController();
    // The first screen is one small read so it paints at once; the whole list follows in pages.
    // Its size comes from the marker the background keeps: counting 100,000 items takes seconds.
    void guardedDb()
      .then((db) => Promise.all([recentItems(db, FIRST_SCREEN), readMarker(area())]))
      .then(([items, marker]) => {
        const complete = items.length < FIRST_SCREEN;
        const total = complete ? items.length : Math.max(marker?.count ?? 0, items.length);
        setSaved((now) => (now.status === 'loading' ? { status: 'ready', items, total, complete } : now));
      })
      .catch(() => undefined)
      // Paint the first screen before the main thread starts taking in the whole list (a hidden
      // page gets no animation frames: the timeout goes on without one).
      .then(
        () =>
          new Promise((resolve) => {
            requestAnimationFrame(() => setTimeout(resolve, 0));
            setTimeout(resolve, 100);
          }),
      )
      .then(reload);
    onSavedChanged(() => void reload(), abort.signal);
    return () => abort.abort();
  }, [reload]);

  useEffect(() => {
    const abort = new AbortController();
    void pendingRecovery(area()).then(setRecovery, () => undefined);
    watchKey(RECOVERY_KEY, ['local'], (change) => setRecovery(parseRecovery(change.newValue)), abort.signal);
    return () => abort.abort();
  }, []);

  const dismiss = useCallback(() => {
    setRecovery(null);
    void dismissRecovery(area());
  }, []);

  useEffect(() => {
    const abort = new AbortController();
    const alive = () => !abort.signal.aborted;
    void (async () => {
      try {
        tab.current = await tabId;
        if (tab.current === undefined) throw new Error('no tab');
        const tabNow = tab.current;
        const pdf = await pdfShownIn(tabNow);
        if (pdf) {
          if (alive()) setPage({ status: 'pdf', url: pdf, tabId: tabNow });
          return;
        }
        const reply = await sendToTab(tab.current, 'page-citations', {}).then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        if ('error' in reply) {
          if (!(reply.error instanceof SavedListError && reply.error.code === 'site-disabled')) throw reply.error;
          if (alive()) setPage({ status: 'unavailable', message: t(lang, 'errSiteDisabled'), tabId: tab.current });
          return;
        }
        const citations = reply.value;
        if (!alive()) return;
        setPage({ status: 'ready', page: citations });
        const cards = await send('index/cards', { ids: citations.citations.map((c) => c.id), lang })
          .then((r) => r.models)
          .catch(() => []);
        if (alive()) setTitles(new Map(cards.flatMap((card) => (card.title ? [[card.id, card.title] as const] : []))));
      } catch {
        if (alive()) setPage({ status: 'unavailable', message: t(lang, 'errNoPage'), tabId: tab.current });
      }
    })();
    return () => abort.abort();
  }, [tabId, lang]);

  const savedIds = useMemo(() => new Set(saved.status === 'ready' ? saved.items.map((item) => item.id) : []), [saved]);

  const actions: PopupActions = useMemo(
    () => ({
      async update(id, note, tags) {
        try {
          await send('saved/update', { id, note, tags });
          setNotice({ kind: 'info', text: t(lang, 'noteSaved') });
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      },
      remove(item: SavedItem) {
        send('saved/remove', { id: item.id })
          .then((removed) => {
            if (!removed) return;
            setNotice({
              kind: 'info',
              text: t(lang, 'removedStatus', removed.title || removed.id),
              undo: () => {
                setNotice(null);
                send('saved/restore', { item: removed }).catch(fail);
              },
            });
          })
          .catch(fail);
      },
      save(citation) {
        const current = page.status === 'ready' ? page.page : undefined;
        const sentence = current?.citations.find((c) => c.id === citation.id)?.sentence ?? '';
        send('saved/save', { item: { ...citation, page: { url: current?.url ?? '', title: current?.title ?? '', sentence } } }).catch(fail);
      },
      unsave(id) {
        send('saved/remove', { id }).catch(fail);
      },
      reveal(id) {
        if (tab.current === undefined) return;
        sendToTab(tab.current, 'reveal-citation', { id }).catch(fail);
      },
      openInReader(url) {
        if (tab.current === undefined) return;
        openTabInReader(tab.current, url)
          .then(() => window.close())
          .catch(fail);
      },
      exportAs(format) {
        (async () => {
          // Read and written in pieces: no one message or string holds the whole list.
          const file = exportParts(format, chunks(await readAll(await guardedDb())), Date.now(), lang);
          download(file.filename, file.mime, file.parts);
          setNotice({ kind: 'info', text: t(lang, 'exportDone', file.filename) });
        })().catch(fail);
      },
      importFile(file) {
        (async () => {
          checkImportSize(file.size);
          const summary = await send('saved/import', { text: await file.text() });
          setNotice({ kind: 'info', text: t(lang, 'importDone', summary.added, summary.merged, summary.total) });
        })().catch(fail);
      },
      clear() {
        send('saved/clear', {})
          .then((count) => setNotice({ kind: 'info', text: tp(lang, 'clearDone', count) }))
          .catch(fail);
      },
    }),
    [lang, page, fail],
  );

  return { saved, page, savedIds, titles, notice, actions, recovery: recovery && recoveryText(lang, recovery), onDismissRecovery: dismiss };
}
