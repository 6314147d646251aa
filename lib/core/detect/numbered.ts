import { Cursor, sticky } from './cursor';
import { DIGIT, toNumber, WORD_CHAR } from './normalise';
import { longestReading, type Scan } from './scan';
import { KEY_SPACE, tokensOf, type Tokens } from './tokens';
import type { DetectLang } from './types';

/**
 * Lists of "session/number" pairs after a resolution or decision keyword: "6/3", "6/3, 6/4 and
 * 6/5", "MC-5/1 y MC-5/2", "MC-6/[--]". A pair followed by another slash and digits is a date
 * (6/3/2024), one followed by a decimal point is a number, and those end the list.
 */

/** One pair as printed. `mc` is true for the "MC-" form, `draft` for the "[--]" placeholder. */
export interface Pair {
  session: number;
  number: number | null;
  mc: boolean;
  draft: boolean;
  start: number;
  end: number;
}

const PAIR = sticky(
  `(MC\\s?(?:[-\u2010\u2011\u2012\u2013]\\s?)?)?(${DIGIT}{1,2})\\s?/\\s?(?:(${DIGIT}{1,3})(?!${DIGIT}|\\s?/\\s?\\d|[.,]\\d|${WORD_CHAR}|-\\d)|(\\[\\s?[-\u2010-\u2014]{1,3}\\s?\\]))`,
);
/** "MC-4/2Recalling": a decision number glued by the page's markup to a capitalised word. */
const GLUED = /(MC\s?(?:[-\u2010\u2011\u2012\u2013]\s?)?)(\d{1,2})\s?\/\s?(\d{1,3})(?=\p{Lu}\p{Ll})/uy;

/** The most items one range may name ("decisions MC-4/2 to MC-4/5"). */
const RANGE_MAX = 20;

function readPair(c: Cursor): Pair | null {
  const start = c.pos;
  const m = c.eat(PAIR) ?? c.eat(GLUED);
  if (!m) return null;
  const mc = m[1] !== undefined;
  const draft = m[4] !== undefined;
  return { session: toNumber(m[2]!), number: draft ? null : toNumber(m[3]!), mc, draft, start, end: c.pos };
}

/**
 * Reads a list of pairs at the cursor (after the keyword and its space). With a plural keyword the
 * list may run as a range ("MC-4/2 to MC-4/5", "3/4 à 3/6": one pair per number) and may carry a
 * description between its items ("1/6, entitled “…”, and 2/11", "3/4 on health and 3/8 on …").
 */
export function pairs(c: Cursor, t: Tokens, plural = false): Pair[] {
  const out: Pair[] = [];
  for (let guard = 0; guard < 50; guard++) {
    const save = c.pos;
    if (out.length > 0) {
      const last = out[out.length - 1]!;
      if (plural && last.number !== null && c.eat(t.rangeSep)) {
        const to = readPair(c);
        if (to && to.session === last.session && to.number !== null && to.mc === last.mc && to.number > last.number && to.number - last.number < RANGE_MAX) {
          for (let n = last.number + 1; n < to.number; n++) out.push({ ...last, number: n, start: last.start, end: to.end });
          out.push(to);
          continue;
        }
        c.pos = save;
      }
      const joined = c.eat(t.listSep) && c.peek(PAIR);
      if (!joined) {
        c.pos = save;
        if (!plural || !t.gloss || !c.eat(t.gloss) || !c.eat(t.listSep)) {
          c.pos = save;
          break;
        }
      }
    }
    const p = readPair(c);
    if (!p || (p.draft && !p.mc)) {
      c.pos = save;
      break;
    }
    out.push(p);
  }
  return out;
}

/** A pair at an "MC-" anchor, alone. */
export function mcPair(text: string, at: number): Pair | null {
  const c = new Cursor(text, at);
  const p = readPair(c);
  return p && p.mc ? p : null;
}

/**
 * The longest list of pairs after a resolution or decision keyword at `at`, read by each of the
 * page's grammars: the keyword, its space, what `between` may eat before the first number (the
 * Assembly named there, for resolutions), then the list; pairs `keep` refuses are dropped. `named`
 * says whether `between` ate anything.
 */
export function keywordPairs(
  scan: Scan,
  at: number,
  keyword: (t: Tokens) => RegExp,
  keep: (p: Pair) => boolean = () => true,
  between?: (t: Tokens) => RegExp,
): { list: Pair[]; named: boolean; lang: DetectLang } | null {
  const read = longestReading(
    scan,
    (g) => {
      const t = tokensOf(g);
      const c = new Cursor(scan.text, at);
      const kw = c.eat(keyword(t));
      if (!kw) return null;
      c.eat(KEY_SPACE);
      const named = between ? c.eat(between(t)) !== null : false;
      const list = pairs(c, t, /s$/i.test(kw[0])).filter(keep);
      return list.length > 0 ? { list, named } : null;
    },
    (r) => r.list[r.list.length - 1]!.end,
  );
  return read && { ...read.reading, lang: read.lang };
}
