import type { SavedItem } from '../messages';
import { CONVENTION_TITLE, conventionSection, dateParts } from './pinpoint';

/** One CSL-JSON item, limited to the variables we fill (names from CSL's csl-data.json schema). */
export interface CslItem {
  id: string;
  type: 'report' | 'treaty';
  title: string;
  number?: string;
  genre?: string;
  section?: string;
  note?: string;
  keyword?: string;
  accessed: { 'date-parts': [[number, number, number]] };
}

/**
 * CSL-JSON (an array of items, as citation-style-language/schema csl-data.json defines it) for
 * Zotero, Pandoc and any CSL processor. Documents, resolutions and decisions are `report`s with
 * the symbol as `number` and the kind as `genre`; articles and annexes are the `treaty` with the
 * pinpoint as `section`. The save day is `accessed`; tags are joined into `keyword`.
 */
export function toCslItems(items: readonly SavedItem[]): CslItem[] {
  return items.map((item) => {
    const section = conventionSection(item.id);
    const csl: CslItem = section
      ? { id: item.id, type: 'treaty', title: CONVENTION_TITLE, section, accessed: { 'date-parts': [dateParts(item.savedAt)] } }
      : { id: item.id, type: 'report', title: item.title || item.id, number: item.id, accessed: { 'date-parts': [dateParts(item.savedAt)] } };
    if (item.kind === 'resolution') csl.genre = 'Resolution';
    if (item.kind === 'decision') csl.genre = 'Decision';
    if (item.note) csl.note = item.note;
    if (item.tags.length > 0) csl.keyword = item.tags.join(', ');
    return csl;
  });
}

/** The CSL-JSON file text. */
export function toCslJson(items: readonly SavedItem[]): string {
  return `${JSON.stringify(toCslItems(items), null, 2)}\n`;
}
