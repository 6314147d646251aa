import type { SavedItem, SavedPage } from '../core/messages';
import { CITATION_KINDS, type CitationKind } from '../core/detect/types';
import { parseCanonicalId } from '../core/ids';
import { LIMITS, normaliseTags } from '../core/saved-item';

/**
 * When a field was last changed. 0 means "never written" (a new item's empty note), so it never
 * beats a note the reader wrote. Records and files from before per-field times fall back to the
 * item's updatedAt when the field holds something.
 */
export const noteTime = (item: Pick<SavedItem, 'note' | 'updatedAt' | 'noteUpdatedAt'>): number =>
  item.noteUpdatedAt ?? (item.note ? item.updatedAt : 0);
export const tagsTime = (item: Pick<SavedItem, 'tags' | 'updatedAt' | 'tagsUpdatedAt'>): number =>
  item.tagsUpdatedAt ?? (item.tags.length > 0 ? item.updatedAt : 0);

type Loose = Record<string, unknown>;

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function kindOf(raw: unknown, id: string): CitationKind {
  if ((CITATION_KINDS as readonly unknown[]).includes(raw)) return raw as CitationKind;
  const parsed = parseCanonicalId(id);
  if (!parsed) return 'document';
  return parsed.kind === 'annex' ? 'article' : parsed.kind;
}

/**
 * Keeps the newest LIMITS.pages pages, oldest first. A reference saved from its 201st page keeps
 * that page and forgets the oldest one: the reader just pressed Save there, so that page matters.
 */
export function newestPages(pages: readonly SavedPage[]): SavedPage[] {
  const sorted = [...pages].sort((x, y) => x.savedAt - y.savedAt);
  return sorted.length > LIMITS.pages ? sorted.slice(sorted.length - LIMITS.pages) : sorted;
}

/**
 * Turns whatever a stored record holds into a well-formed SavedItem, keeping everything the reader
 * wrote. Records written by old versions, by a bug, or restored from a backup may lack fields
 * (a version-1 record without `pages` broke Save and the CSV export of the whole list); the
 * upgrade step and the restore run every record through here instead of dropping it. Answers
 * null only for a record without an id, which the store's key path makes impossible.
 */
export function normaliseRecord(value: unknown): SavedItem | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Loose;
  if (typeof raw.id !== 'string' || raw.id === '') return null;
  const firstPageTime = Array.isArray(raw.pages) ? (raw.pages as Loose[]).map((p) => p?.savedAt).find(isTime) : undefined;
  const savedAt = isTime(raw.savedAt) ? raw.savedAt : isTime(raw.updatedAt) ? raw.updatedAt : (firstPageTime ?? 0);
  const updatedAt = isTime(raw.updatedAt) ? raw.updatedAt : savedAt;
  const pages = (Array.isArray(raw.pages) ? (raw.pages as unknown[]) : [])
    .filter((p): p is Loose => typeof p === 'object' && p !== null && typeof (p as Loose).url === 'string')
    .map((p) => ({ url: p.url as string, title: str(p.title), sentence: str(p.sentence), savedAt: isTime(p.savedAt) ? p.savedAt : savedAt }));
  const note = str(raw.note);
  const tags = Array.isArray(raw.tags) ? normaliseTags((raw.tags as unknown[]).filter((t): t is string => typeof t === 'string')) : [];
  return {
    id: raw.id,
    kind: kindOf(raw.kind, raw.id),
    title: str(raw.title),
    savedAt,
    updatedAt,
    pages: newestPages(pages),
    note,
    tags,
    noteUpdatedAt: isTime(raw.noteUpdatedAt) ? raw.noteUpdatedAt : noteTime({ note, updatedAt }),
    tagsUpdatedAt: isTime(raw.tagsUpdatedAt) ? raw.tagsUpdatedAt : tagsTime({ tags, updatedAt }),
  };
}
