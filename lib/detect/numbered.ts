import { Cursor, sticky } from './cursor';
import { DIGIT, toNumber, WORD_CHAR } from './normalise';
import type { Tokens } from './tokens';

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
  `(MC\\s?[-\u2010\u2011\u2012\u2013]\\s?)?(${DIGIT}{1,2})\\s?/\\s?(?:(${DIGIT}{1,3})(?!${DIGIT}|\\s?/\\s?\\d|[.,]\\d|${WORD_CHAR}|-\\d)|(\\[\\s?[-\u2010-\u2014]{1,3}\\s?\\]))`,
);

/** Reads a list of pairs at the cursor (after the keyword and its space). */
export function pairs(c: Cursor, t: Tokens): Pair[] {
  const out: Pair[] = [];
  for (let guard = 0; guard < 50; guard++) {
    const save = c.pos;
    if (out.length > 0 && !c.eat(t.listSep)) break;
    const start = c.pos;
    const m = c.eat(PAIR);
    if (!m) {
      c.pos = save;
      break;
    }
    const mc = m[1] !== undefined;
    const draft = m[4] !== undefined;
    if (draft && !mc) {
      c.pos = save;
      break;
    }
    out.push({ session: toNumber(m[2]!), number: draft ? null : toNumber(m[3]!), mc, draft, start, end: c.pos });
  }
  return out;
}

/** A pair at an "MC-" anchor, alone. */
export function mcPair(text: string, at: number): Pair | null {
  const c = new Cursor(text, at);
  const m = c.eat(PAIR);
  if (!m || m[1] === undefined) return null;
  const draft = m[4] !== undefined;
  return { session: toNumber(m[2]!), number: draft ? null : toNumber(m[3]!), mc: true, draft, start: at, end: c.pos };
}
