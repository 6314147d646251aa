import type { SavedItem } from '../messages';
import type { Describe } from './describe';
import { CONVENTION_TITLE, conventionSection, dateParts } from './pinpoint';

const NO_FACTS: Describe = () => ({ title: null, issued: null });
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * RIS for Zotero, EndNote and Mendeley. Tags follow Zotero's RIS translator
 * (zotero/translators RIS.js, field map read at f50d4465):
 * - documents, UNEA resolutions and COP decisions → `TY RPRT` (Zotero "report"): `TI` the verified
 *   title with the symbol in `SN` (reportNumber), or, with no verified title, the symbol in `TI`
 *   alone; the kind in `M3` (reportType);
 * - Convention articles and annexes → `TY STAT` (Zotero "statute"); `TI` is the act's name
 *   (nameOfAct), `SE` the article or annex (section);
 * - `PY`/`DA` the work's date where known (the Convention's adoption, the meeting's year), `LA` the
 *   title's language, `UR` the page it was saved from;
 * - `KW` one line per tag (tags), `N1` notes (the reader's note; the pages it was saved from, as
 *   plain text: Zotero reads N1 as HTML, where "<https://…>" would vanish as an unknown tag),
 *   `Y2` the day it was saved (accessDate, never the work's year), `ER` closes the record.
 * RIS is line-based, so line breaks inside a value become spaces.
 */
export function toRis(items: readonly SavedItem[], describe: Describe = NO_FACTS): string {
  const out: string[] = [];
  const line = (tag: string, value: string) => {
    const clean = value.replace(/[\r\n]+/g, ' ').trim();
    if (clean) out.push(`${tag}  - ${clean}`);
  };
  for (const item of items) {
    const facts = describe(item);
    const section = conventionSection(item.id);
    if (section) {
      line('TY', 'STAT');
      line('TI', facts.title?.text ?? CONVENTION_TITLE);
      line('SE', section);
    } else {
      line('TY', 'RPRT');
      line('TI', facts.title?.text ?? item.id);
      if (facts.title) line('SN', item.id);
      if (item.kind === 'resolution') line('M3', 'Resolution');
      if (item.kind === 'decision') line('M3', 'Decision');
    }
    if (facts.issued) {
      const [y, m, d] = facts.issued;
      line('PY', String(y));
      if (m !== undefined && d !== undefined) line('DA', `${y}/${pad(m)}/${pad(d)}`);
    }
    line('LA', facts.title?.lang ?? (section ? 'en' : ''));
    if (item.pages[0]?.url) line('UR', item.pages[0].url);
    const [y, m, d] = dateParts(item.savedAt);
    line('Y2', `${y}/${pad(m)}/${pad(d)}`);
    for (const tag of item.tags) line('KW', tag);
    line('N1', item.note);
    if (item.pages.length > 0) {
      line('N1', `Saved from: ${item.pages.map((p) => (p.title ? `${p.title} — ${p.url}` : p.url)).join('; ')}`);
    }
    out.push('ER  - ', '');
  }
  return out.join('\r\n');
}
