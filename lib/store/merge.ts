import type { SavedItem, SavedPage } from '../core/messages';
import { newestPages, noteTime, tagsTime } from './normalise';

export { noteTime, tagsTime };
import { normaliseTags } from '../core/saved-item';

/**
 * Joins page lists by address: a page saved twice is kept once, with its earliest save time and
 * whichever sentence is non-empty. Ordered oldest first so the list reads as a history; past
 * LIMITS.pages the oldest pages give way to the newest.
 */
export function mergePages(a: readonly SavedPage[], b: readonly SavedPage[]): SavedPage[] {
  const byUrl = new Map<string, SavedPage>();
  for (const page of [...a, ...b]) {
    const seen = byUrl.get(page.url);
    if (!seen) {
      byUrl.set(page.url, { ...page });
      continue;
    }
    const first = seen.savedAt <= page.savedAt ? seen : page;
    const other = first === seen ? page : seen;
    byUrl.set(page.url, {
      url: page.url,
      title: first.title || other.title,
      sentence: first.sentence || other.sentence,
      savedAt: first.savedAt,
    });
  }
  return newestPages([...byUrl.values()]);
}

/**
 * Merges two records of the same reference (the one in the list and one from an import, a backup
 * or an undo) so that nothing the reader wrote is lost: per field, the newer edit wins (re-importing
 * last month's backup must not bring back last month's note); at the same time, the longer note
 * wins and tags are joined. Pages are joined and the first save time is kept. With equal records
 * `current` wins, so merging an item with itself changes nothing.
 */
export function mergeItems(current: SavedItem, incoming: SavedItem): SavedItem {
  const [cn, inn] = [noteTime(current), noteTime(incoming)];
  const longer = incoming.note.trim().length > current.note.trim().length ? incoming.note : current.note;
  const note = inn > cn ? incoming.note : inn < cn ? current.note : longer;
  const [ct, it] = [tagsTime(current), tagsTime(incoming)];
  const tags = it > ct ? incoming.tags : it < ct ? current.tags : [...current.tags, ...incoming.tags];
  return {
    id: current.id,
    kind: current.kind,
    title: current.title || incoming.title,
    savedAt: Math.min(current.savedAt, incoming.savedAt),
    updatedAt: Math.max(current.updatedAt, incoming.updatedAt),
    pages: mergePages(current.pages, incoming.pages),
    note,
    tags: normaliseTags(tags),
    noteUpdatedAt: Math.max(cn, inn),
    tagsUpdatedAt: Math.max(ct, it),
  };
}
