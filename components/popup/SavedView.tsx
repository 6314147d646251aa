import { useMemo, useRef, useState } from 'preact/hooks';
import { CITATION_KINDS, type CitationKind } from '../../lib/core/detect/types';
import type { Lang, MessageKey } from '../../lib/core/i18n';
import { t, tp } from '../../lib/core/i18n';
import type { SavedItem } from '../../lib/core/messages';
import { queryItems, SORT_ORDERS, type ListQuery, type SortOrder } from './list-query';
import { ListTools } from './ListTools';
import { NoteEditor } from './NoteEditor';
import { SavedRow } from './SavedRow';
import type { PopupActions, SavedListState } from '../../lib/extension-pages/popup/types';
import { VirtualList } from './VirtualList';

/** Row height in CSS pixels; popup.css gives .row the same height. */
export const ROW_HEIGHT = 72;

export const KIND_KEYS: Record<CitationKind, MessageKey> = {
  document: 'groupDocument',
  article: 'groupArticle',
  resolution: 'groupResolution',
  decision: 'groupDecision',
};
const SORT_KEYS: Record<SortOrder, MessageKey> = { recent: 'sortRecent', id: 'sortId', title: 'sortTitle' };

interface Props {
  lang: Lang;
  state: SavedListState;
  actions: PopupActions;
  onFirstRows?: () => void;
}

/** The Saved view: find, sort, open, annotate, remove, and take the list elsewhere. */
export function SavedView({ lang, state, actions, onFirstRows }: Props) {
  const [query, setQuery] = useState<ListQuery>({ text: '', kind: 'all', sort: 'recent' });
  const [editing, setEditing] = useState<string | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const items = state.status === 'ready' ? state.items : [];
  const total = state.status === 'ready' ? state.total : 0;
  const shown = useMemo(() => queryItems(items, query), [items, query]);
  const editedItem = editing ? items.find((item) => item.id === editing) : undefined;

  const startEdit = (item: SavedItem) => {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setEditing(item.id);
  };
  const closeEdit = () => {
    setEditing(null);
    returnFocus.current?.focus();
  };

  return (
    <div class="saved">
      <div class="toolbar">
        <input
          type="search"
          class="toolbar__search"
          aria-label={t(lang, 'savedSearchLabel')}
          placeholder={t(lang, 'savedSearchLabel')}
          value={query.text}
          onInput={(e) => setQuery({ ...query, text: e.currentTarget.value })}
        />
        <label class="toolbar__field">
          <span>{t(lang, 'filterKindLabel')}</span>
          <select value={query.kind} onChange={(e) => setQuery({ ...query, kind: e.currentTarget.value as ListQuery['kind'] })}>
            <option value="all">{t(lang, 'kindAll')}</option>
            {CITATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(lang, KIND_KEYS[kind])}
              </option>
            ))}
          </select>
        </label>
        <label class="toolbar__field">
          <span>{t(lang, 'sortLabel')}</span>
          <select value={query.sort} onChange={(e) => setQuery({ ...query, sort: e.currentTarget.value as SortOrder })}>
            {SORT_ORDERS.map((sort) => (
              <option key={sort} value={sort}>
                {t(lang, SORT_KEYS[sort])}
              </option>
            ))}
          </select>
        </label>
      </div>
      {editedItem && (
        <NoteEditor
          key={editedItem.id}
          item={editedItem}
          lang={lang}
          onSave={(note, tags) => actions.update(editedItem.id, note, tags)}
          onClose={closeEdit}
        />
      )}
      {state.status === 'loading' && <p class="empty">{t(lang, 'savedLoading')}</p>}
      {state.status === 'error' && (
        <p class="empty" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && total === 0 && <p class="empty">{t(lang, 'savedEmpty')}</p>}
      {state.status === 'ready' && total > 0 && (
        <>
          <p class="count">{tp(lang, 'savedShown', state.complete ? shown.length : items.length, total)}</p>
          {shown.length === 0 ? (
            <p class="empty">{t(lang, 'savedNoMatch')}</p>
          ) : (
            <VirtualList
              items={shown}
              rowHeight={ROW_HEIGHT}
              label={t(lang, 'listLabel')}
              keyOf={(item) => item.id}
              onFirstRows={onFirstRows}
              renderRow={(item) => <SavedRow item={item} lang={lang} onEdit={startEdit} onRemove={actions.remove} />}
            />
          )}
        </>
      )}
      <ListTools lang={lang} count={total} actions={actions} />
    </div>
  );
}
