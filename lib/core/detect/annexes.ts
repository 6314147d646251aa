import { belongsToMinamata } from './articles';
import { Cursor } from './cursor';
import type { Grammar } from './grammar/types';
import { longestReading, type Recogniser } from './scan';
import { KEY_SPACE, ROMAN, tokensOf } from './tokens';
import type { Citation } from './types';
import { annexId } from '../ids';

/**
 * Annexes A to E of the Convention ("Annex A, Part II", "annexes A et B", "deuxième partie de
 * l'annexe A", "anexo D"). Only capital letters A–E count: "annex I to document …" is a document's
 * annex, and "annex a" is prose. The same attribution and context rules as articles apply, which is
 * what keeps Annex A of the Stockholm Convention and Annex B of the Kyoto Protocol out.
 */

const upper = (s: string): boolean => s === s.toUpperCase();

/** A short description in brackets after an annex letter, without digits (those would be a paragraph). */
const GLOSS = /\s{0,2}\([^()\d\n]{2,80}\)/uy;
/** The far end of a range of annexes: a capital A–E standing alone ("E-waste" is not one). */
const RANGE_LETTER = /([A-E])(?![\p{L}\p{N}\-\u2010-\u2014'\u2019.])/uy;

interface Item {
  letter: string;
  part?: string;
  start: number;
  end: number;
}

/** The annexes one grammar reads at `at`: "Annex A, Part II", "annexes A et B", "deuxième partie de l'annexe A". */
function readAnnexes(text: string, at: number, g: Grammar): { items: Item[]; end: number } | null {
  const t = tokensOf(g);
  const c = new Cursor(text, at);
  if (!c.eat(t.annex)) return null;
  c.eat(KEY_SPACE);
  const items: Item[] = [];
  for (;;) {
    const save = c.pos;
    const last = items[items.length - 1];
    // "Annexes A to C", "anexos A a E": every annex between the two letters, the middle ones spanning the range.
    if (last && !last.part && c.eat(t.rangeSep)) {
      const s = c.pos;
      const m = c.eat(RANGE_LETTER);
      if (m && m[1]! > last.letter) {
        for (let code = last.letter.charCodeAt(0) + 1; code < m[1]!.charCodeAt(0); code++) {
          items.push({ letter: String.fromCharCode(code), start: last.start, end: c.pos });
        }
        items.push({ letter: m[1]!, start: s, end: c.pos });
        continue;
      }
      c.pos = save;
    }
    // "Annexes A (mercury-added products) and B": a gloss in brackets may follow each letter.
    if (items.length > 0) c.eat(GLOSS);
    if (items.length > 0 && !c.eat(t.listSep)) {
      c.pos = save;
      break;
    }
    const s = c.pos;
    const m = c.eat(t.annexLetter);
    const letter = m && upper(m[1]!) ? t.annexOf(m[1]!, text) : null;
    if (!letter) {
      c.pos = save;
      break;
    }
    items.push({ letter, start: items.length === 0 ? at : s, end: c.pos });
  }
  const lastItem = items[items.length - 1];
  if (!lastItem) return null;
  const beforePart = c.pos;
  if (c.eat(t.commaPart)) {
    const r = c.eat(ROMAN);
    if (r && upper(r[1]!)) {
      lastItem.part = r[1]!;
      lastItem.end = c.pos;
    } else c.pos = beforePart;
  }
  // "Part II of Annex A" / "deuxième partie de l'annexe A": the part comes first.
  if (items.length === 1 && !lastItem.part) {
    const from = Math.max(0, at - 60);
    const back = t.partBefore.exec(text.slice(from, at));
    if (back) {
      const roman = back[1];
      const ordinal = roman ? undefined : back[0].trim().split(/\s+/).map((w) => w.toLowerCase()).find((w) => w in g.partOrdinals);
      const part = roman ?? (ordinal ? g.partOrdinals[ordinal] : undefined);
      if (part && (!roman || upper(roman))) {
        lastItem.part = part;
        lastItem.start = from + back.index;
      }
    }
  }
  return { items, end: c.pos };
}

export const recogniseAnnex: Recogniser = (scan, at) => {
  const found = longestReading(scan, (g) => readAnnexes(scan.text, at, g), (r) => r.end);
  if (!found) return null;
  const { items, end } = found.reading;
  const { ok, why } = belongsToMinamata(scan, at, end);
  if (!ok) return { citations: [], end, why };
  const lang = found.lang;
  const citations: Citation[] = items.map((i) => {
    const parts: Citation['parts'] = { annex: i.letter };
    if (i.part) parts.part = i.part;
    return { kind: 'article', id: annexId(i.letter), start: i.start, end: i.end, lang, parts };
  });
  return { citations, end, why };
};
