import type { SavedItem } from '../messages';
import type { Describe, ExportFacts } from './describe';
import { CONVENTION_TITLE, conventionSection, dateParts } from './pinpoint';

type DateParts = { 'date-parts': [[number] | [number, number, number]] };

/** One CSL-JSON item, limited to the variables we fill (names from CSL's csl-data.json schema). */
export interface CslItem {
  id: string;
  type: 'report' | 'legislation';
  title: string;
  number?: string;
  genre?: string;
  section?: string;
  language?: string;
  issued?: DateParts;
  URL?: string;
  note?: string;
  keyword?: string;
  accessed: DateParts;
}

const NO_FACTS: Describe = () => ({ title: null, issued: null });

/**
 * CSL-JSON (an array of items, as citation-style-language/schema csl-data.json defines it) for
 * Zotero, Pandoc and any CSL processor.
 * - Articles and annexes are `legislation` (Zotero's statute, which keeps `section`; Zotero maps no
 *   `treaty` type, so every provision collapsed into one bare "Convention" item): the Convention's
 *   title, the provision in `section`, `issued` the adoption day (10 October 2013).
 * - Documents, resolutions and decisions are `report`s: the verified title with the symbol as
 *   `number`, or, with no verified title, the symbol as title alone (never twice); the kind in
 *   `genre`; `issued` the meeting's year where known.
 * - `language` is the title's language, so a title in another language than the reader's says so.
 * - The save day is only ever `accessed`; the page it was saved from is `URL`; tags are `keyword`.
 */
export function toCslItems(items: readonly SavedItem[], describe: Describe = NO_FACTS): CslItem[] {
  return items.map((item) => {
    const facts: ExportFacts = describe(item);
    const section = conventionSection(item.id);
    const accessed: DateParts = { 'date-parts': [dateParts(item.savedAt)] };
    const csl: CslItem = section
      ? { id: item.id, type: 'legislation', title: facts.title?.text ?? CONVENTION_TITLE, section, accessed }
      : facts.title
        ? { id: item.id, type: 'report', title: facts.title.text, number: item.id, accessed }
        : { id: item.id, type: 'report', title: item.id, accessed };
    if (section && !facts.title) csl.language = 'en';
    if (facts.title) csl.language = facts.title.lang;
    if (facts.issued) csl.issued = { 'date-parts': [facts.issued] };
    if (item.kind === 'resolution') csl.genre = 'Resolution';
    if (item.kind === 'decision') csl.genre = 'Decision';
    if (item.pages[0]?.url) csl.URL = item.pages[0].url;
    if (item.note) csl.note = item.note;
    if (item.tags.length > 0) csl.keyword = item.tags.join(', ');
    return csl;
  });
}

/** The CSL-JSON file text. */
export function toCslJson(items: readonly SavedItem[], describe?: Describe): string {
  return `${JSON.stringify(toCslItems(items, describe), null, 2)}\n`;
}
