import type { CitationKind } from '../../lib/core/detect/types';
import type { SavedItem } from '../../lib/core/messages';

export type SortOrder = 'recent' | 'id' | 'title';
export const SORT_ORDERS: readonly SortOrder[] = ['recent', 'id', 'title'];

export interface ListQuery {
  text: string;
  kind: CitationKind | 'all';
  sort: SortOrder;
}

/** Natural order for symbols ("COP.6/INF/9" before "COP.6/INF/28"), independent of case. */
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Lower-cased, accent-free text so "resolucion" finds "Resolución". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/**
 * The items the Saved view shows: every word of the search must appear in the id, title, note,
 * tags or page titles; then the kind filter; then the chosen order. Pure, so the popup and the
 * benchmark share it and tests need no DOM.
 */
export function queryItems(items: readonly SavedItem[], query: ListQuery): SavedItem[] {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  const shown = items.filter((item) => {
    if (query.kind !== 'all' && item.kind !== query.kind) return false;
    if (words.length === 0) return true;
    const haystack = fold([item.id, item.title, item.note, item.tags.join(' '), ...item.pages.map((p) => p.title)].join('\n'));
    return words.every((word) => haystack.includes(word));
  });
  switch (query.sort) {
    case 'recent':
      return shown.sort((a, b) => b.savedAt - a.savedAt || collator.compare(a.id, b.id));
    case 'id':
      return shown.sort((a, b) => collator.compare(a.id, b.id));
    case 'title':
      return shown.sort((a, b) => collator.compare(a.title || a.id, b.title || b.id) || collator.compare(a.id, b.id));
  }
}
