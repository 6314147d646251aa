import { sticky } from './cursor';
import type { Grammar } from './grammar/types';
import { escapeRe } from './normalise';
import { type Tokens, tokensOf } from './tokens';

/** The patterns of a counter language (see counters.ts), compiled once per grammar from its table. */
export interface Counter {
  grammar: Grammar;
  t: Tokens;
  /** 第 N [和/至 第? M]* : the numbers before one keyword. */
  numbers: RegExp;
  /** One number inside the tail of `numbers`, with the range word that may precede it. */
  tail: RegExp;
  article: RegExp;
  paragraph: RegExp;
  /** "第（一）项", "第一项", "(a)项", "(乙)项", and the same after a connector. */
  sub: RegExp;
  /** A connector before another item. */
  and: RegExp;
  /** 第 n/m, then the grammar's measure word ("号"). */
  pairStart: RegExp;
  measure: RegExp;
  keyword: RegExp;
  /** Whether the next item starts here (a connector, then the prefix). */
  next: RegExp;
  /** A range word ("至"). */
  range: RegExp;
}

const cache = new Map<Grammar, Counter>();
const words = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map(escapeRe).join('|');

export function counterOf(g: Grammar): Counter {
  const hit = cache.get(g);
  if (hit) return hit;
  const n = g.numerals ?? { digits: {}, units: {} };
  const han = [...Object.keys(n.digits), ...Object.keys(n.units)].map(escapeRe).join('');
  const num = `(?:[0-9\uff10-\uff19]{1,3}${han ? `|[${han}]{1,6}` : ''})`;
  const p = escapeRe(g.counterPrefix!);
  const join = `\\s{0,2}(?:${words([...g.listAnd, ...g.range])}|[,，])\\s{0,2}`;
  const letters = words((g.subLetters ?? []).flat());
  const letter = `(?:[(（]\\s?([a-z]${letters ? `|${letters}` : ''})\\s?[)）]|(${letters || '[a-z]'}))`;
  const measure = g.counterMeasure ?? '';
  const c: Counter = {
    grammar: g,
    t: tokensOf(g),
    numbers: sticky(`${p}\\s{0,2}(${num})((?:${join}(?:${p})?\\s{0,2}${num})*)\\s{0,2}`),
    tail: new RegExp(`(${words(g.range)})?\\s{0,2}(?:${p})?\\s{0,2}(${num})`, 'g'),
    article: sticky(words(g.article)),
    paragraph: sticky(words(g.paragraph)),
    sub: sticky(`(?:${p})?\\s{0,2}${letter}\\s{0,2}(?:${words(g.subparagraph)})?`),
    and: sticky(`\\s{0,2}(?:${words(g.listAnd)}|[,，])\\s{0,2}`),
    pairStart: sticky(`${p}\\s{0,2}`),
    measure: sticky(measure ? `\\s{0,2}${escapeRe(measure)}` : '(?!)'),
    keyword: sticky(`\\s{0,2}(${words([...g.resolution, ...g.decision, ...[...g.resolution, ...g.decision].map((w) => w.slice(measure.length))])})`),
    next: sticky(`${join}(?=${p})`),
    range: new RegExp(words(g.range)),
  };
  cache.set(g, c);
  return c;
}

/** The value of a number written in digits (ASCII or full-width) or in the grammar's numerals. */
export function counterNumber(s: string, g: Grammar): number | null {
  const ascii = s.replace(/[\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const { digits, units } = g.numerals ?? { digits: {}, units: {} };
  let total = 0;
  let current: number | null = null;
  let hasUnit = false;
  let concatenated = '';
  for (const ch of s) {
    if (ch in digits) {
      current = digits[ch]!;
      concatenated += String(current);
    } else if (ch in units) {
      hasUnit = true;
      total += (current ?? 1) * units[ch]!;
      current = null;
    } else return null;
  }
  // "十六" is 16 and "二百二十一" 221; "二八七" (no multiplier) is read digit by digit: 287.
  return hasUnit ? total + (current ?? 0) : concatenated ? Number(concatenated) : null;
}

export /** The numbers of "第N和第M" / "第N至第M": a list, a range expanded (at most 20 long). */
function numberList(m: RegExpExecArray, c: Counter): number[] | null {
  const first = counterNumber(m[1]!, c.grammar);
  if (first === null) return null;
  const out = [first];
  c.tail.lastIndex = 0;
  const rest = m[2] ?? '';
  for (let x = c.tail.exec(rest); x; x = c.tail.exec(rest)) {
    const v = counterNumber(x[2]!, c.grammar);
    if (v === null) return null;
    const last = out[out.length - 1]!;
    if (x[1] && v > last && v - last <= 20) for (let i = last + 1; i < v; i++) out.push(i);
    out.push(v);
  }
  return out;
}
