import type { SavedItem, SavedPage } from '../messages';
import { LIMITS, normaliseTags } from './schema';

/**
 * Joins page lists by address: a page saved twice is kept once, with its earliest save time and
 * whichever sentence is non-empty. Ordered oldest first so the list reads as a history.
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
  return [...byUrl.values()].sort((x, y) => x.savedAt - y.savedAt).slice(0, LIMITS.pages);
}

/**
 * Merges two records of the same reference (the one in the list and one from an import or an
 * undo) so that nothing the reader wrote is lost: the richer (longer) note wins, pages and tags are
 * joined, and the first save time is kept. With equal notes `current` wins, so merging an item
 * with itself changes nothing.
 */
export function mergeItems(current: SavedItem, incoming: SavedItem): SavedItem {
  const richer = incoming.note.trim().length > current.note.trim().length ? incoming.note : current.note;
  return {
    id: current.id,
    kind: current.kind,
    title: current.title || incoming.title,
    savedAt: Math.min(current.savedAt, incoming.savedAt),
    updatedAt: Math.max(current.updatedAt, incoming.updatedAt),
    pages: mergePages(current.pages, incoming.pages),
    note: richer,
    tags: normaliseTags([...current.tags, ...incoming.tags]),
  };
}
