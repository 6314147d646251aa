import type { SavedItem } from '../messages';
import { CONVENTION_TITLE, conventionSection, dateParts } from './pinpoint';

/**
 * RIS for Zotero, EndNote and Mendeley. Tags follow Zotero's RIS translator
 * (zotero/translators RIS.js, field map read at f50d4465):
 * - documents, UNEA resolutions and COP decisions → `TY RPRT` (Zotero "report"); the symbol in
 *   `SN` (reportNumber), the kind in `M3` (reportType), the title in `TI`;
 * - Convention articles and annexes → `TY STAT` (Zotero "statute"); `TI` is the act's name
 *   (nameOfAct), `SE` the article or annex (section);
 * - `KW` one line per tag (tags), `N1` notes (the reader's note; the pages it was saved from),
 *   `Y2` the day it was saved (accessDate), `ER` closes the record.
 * RIS is line-based, so line breaks inside a value become spaces.
 */
export function toRis(items: readonly SavedItem[]): string {
  const out: string[] = [];
  const line = (tag: string, value: string) => {
    const clean = value.replace(/[\r\n]+/g, ' ').trim();
    if (clean) out.push(`${tag}  - ${clean}`);
  };
  for (const item of items) {
    const section = conventionSection(item.id);
    if (section) {
      line('TY', 'STAT');
      line('TI', CONVENTION_TITLE);
      line('SE', section);
    } else {
      line('TY', 'RPRT');
      line('TI', item.title || item.id);
      line('SN', item.id);
      if (item.kind === 'resolution') line('M3', 'Resolution');
      if (item.kind === 'decision') line('M3', 'Decision');
    }
    const [y, m, d] = dateParts(item.savedAt);
    line('Y2', `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`);
    for (const tag of item.tags) line('KW', tag);
    line('N1', item.note);
    if (item.pages.length > 0) {
      line('N1', `Saved from: ${item.pages.map((p) => `${p.title ? `${p.title} ` : ''}<${p.url}>`).join('; ')}`);
    }
    out.push('ER  - ', '');
  }
  return out.join('\r\n');
}
