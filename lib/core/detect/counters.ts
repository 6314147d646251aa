import { type Attribution, classifyPhrase } from './attribution';
import { bodyAfter, bodyBefore } from './bodies';
import { Cursor, sticky } from './cursor';
import type { Grammar } from './grammar/types';
import { allWords } from './lexicon';
import { bounded, escapeRe } from './normalise';
import { pairs } from './numbered';
import type { Leaf } from './provisions';
import { LIMITS, type Recognised, type Recogniser, type Scan } from './scan';
import { type Tokens, tokensOf } from './tokens';
import type { Citation } from './types';
import { articleId, decisionId, resolutionId } from '../ids';

/**
 * Languages that put the number between a prefix and its keyword (Chinese "第十六条第二款第（一）项",
 * "第16条第2款(a)项", "第三十条和第三十一条", "第六款至第八款", "第5/14号决议", "第6/4号和第6/6号决议",
 * "第MC-5/3号决定"). Every word comes from the grammar (counterPrefix, article, paragraph,
 * subparagraph, resolution, decision, listAnd, range, numerals, subLetters); the instrument is
 * named before the provision ("《斯德哥尔摩公约》第5条"), so attribution looks left.
 */

interface Counter {
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
const MINAMATA_NAME = new RegExp(bounded(allWords('minamataNames')), 'i');
const words = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map(escapeRe).join('|');


function counterOf(g: Grammar): Counter {
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

/** The numbers of "第N和第M" / "第N至第M": a list, a range expanded (at most 20 long). */
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

/**
 * Who a provision belongs to, read from what is named just before it: "《关于汞的水俣公约》第23条" is
 * Minamata's, "《公约》第5条" and "本公约第5条" say "the Convention", and any other title in 《》
 * (a treaty, a law, a protocol) is another instrument's.
 */
export function attributionBefore(text: string, at: number, g: Grammar): Attribution {
  const before = text.slice(Math.max(0, at - 60), at).replace(/\s+$/, '');
  const named = /《([^《》]{1,40})》(?:的)?$/.exec(before);
  if (named) {
    const found = classifyPhrase(named[1]!);
    // Mercury in a title does not make it the Convention ("《欧盟汞法规》"): only its name does.
    if (found === 'minamata') return MINAMATA_NAME.test(named[1]!) ? 'minamata' : 'other';
    return found === 'none' ? 'other' : found;
  }
  if (g.instrumentWords.some((w) => before.endsWith(w))) return 'other';
  return g.convention.some((w) => before.endsWith(w)) ? 'generic' : 'none';
}

const paragraphsOf = (leaves: Leaf[], article: number): number => leaves.filter((l) => l.article === article && l.paragraph !== undefined).length;

function leavesAt(cur: Cursor, c: Counter): Leaf[] {
  const leaves: Leaf[] = [];
  let pendingRange: number | null = null;
  for (let guard = 0; guard < LIMITS.articles; guard++) {
    const itemStart = cur.pos;
    const a = cur.eat(c.numbers);
    const articles = a ? numberList(a, c) : null;
    if (!articles || !cur.eat(c.article) || articles.some((x) => x < 1 || x > LIMITS.articles)) {
      cur.pos = itemStart;
      break;
    }
    const to = articles[0]!;
    if (pendingRange !== null && to > pendingRange && to - pendingRange <= 20) {
      for (let x = pendingRange + 1; x < to; x++) leaves.push({ article: x, start: itemStart, end: cur.pos });
    }
    let end = cur.pos;
    const p = articles.length === 1 ? cur.eat(c.numbers) : null;
    const paragraphs = p ? numberList(p, c) : null;
    if (paragraphs && cur.eat(c.paragraph) && paragraphs.every((x) => x >= 1 && x <= LIMITS.paragraphs)) {
      end = cur.pos;
      const subs: string[] = [];
      for (let s = paragraphs.length === 1 ? cur.eat(c.sub) : null; s; ) {
        const letter = c.t.subLetter((s[1] ?? s[2])!);
        if (!letter) break;
        subs.push(letter);
        end = cur.pos;
        const save = cur.pos;
        s = cur.eat(c.and) ? cur.eat(c.sub) : null;
        if (!s) cur.pos = save;
      }
      cur.pos = end;
      for (const x of paragraphs) {
        if (subs.length === 0) leaves.push({ article: articles[0]!, paragraph: x, start: itemStart, end });
        for (const s of subs) leaves.push({ article: articles[0]!, paragraph: x, subparagraph: s, start: itemStart, end });
      }
    } else {
      cur.pos = end;
      for (const x of articles) leaves.push({ article: x, start: itemStart, end });
    }
    const joined = cur.eat(c.next);
    if (!joined) break;
    // "第4条至第6条": the articles between the two ends are cited too.
    if (c.range.test(joined[0]) && articles.length === 1 && paragraphsOf(leaves, articles[0]!) === 0) pendingRange = articles[0]!;
    else pendingRange = null;
  }
  return leaves;
}

function provisions(scan: Scan, at: number, c: Counter): Recognised | null {
  const leaves = leavesAt(new Cursor(scan.text, at), c);
  if (leaves.length === 0) return null;
  const end = Math.max(...leaves.map((l) => l.end));
  const attribution = attributionBefore(scan.text, at, c.grammar);
  const accepted = attribution === 'minamata' || (attribution !== 'other' && scan.context().conventionIsMinamata(at));
  if (!accepted) return { citations: [], end };
  const lang = c.grammar.lang;
  const citations: Citation[] = leaves.map((l) => {
    const parts: Citation['parts'] = { article: l.article };
    if (l.paragraph !== undefined) {
      parts.paragraph = l.paragraph;
      if (l.subparagraph) parts.subparagraph = l.subparagraph;
    }
    return { kind: 'article', id: articleId(l.article, l.paragraph, l.subparagraph), start: l.start, end: l.end, lang, parts };
  });
  return { citations, end };
}

/** "第5/14号决议", "第6/4号和第6/6号决议", "第MC-5/3号决定": one citation per pair. */
function numbered(scan: Scan, at: number, c: Counter): Recognised | null {
  const { text } = scan;
  const g = c.grammar;
  const cur = new Cursor(text, at);
  const list: { pair: ReturnType<typeof pairs>[number]; start: number }[] = [];
  for (let guard = 0; guard < 20; guard++) {
    const start = cur.pos;
    if (!cur.eat(c.pairStart)) break;
    const found = pairs(cur, c.t);
    if (found.length !== 1) {
      cur.pos = start;
      break;
    }
    list.push({ pair: found[0]!, start });
    const save = cur.pos;
    cur.eat(c.measure);
    if (!cur.eat(c.next)) {
      cur.pos = save;
      break;
    }
  }
  const kw = list.length > 0 ? cur.eat(c.keyword) : null;
  if (!kw) return null;
  const end = cur.pos;
  const lang = g.lang;
  const isDecision = g.decision.some((w) => w.endsWith(kw[1]!));
  const ends = list.map((x, i) => (i === list.length - 1 ? end : x.pair.end));
  if (isDecision) {
    const citations: Citation[] = [];
    list.forEach(({ pair: p, start }, i) => {
      const valid = p.session >= 1 && p.session <= LIMITS.cops && (p.draft || (p.number !== null && p.number >= 1 && p.number <= LIMITS.decisions));
      if (!valid || !(p.mc || scan.context().decisionIsMinamataCop(at))) return;
      const parts: Citation['parts'] = { meeting: p.session, number: p.number, ...(p.draft ? { draft: true } : {}) };
      citations.push({ kind: 'decision', id: decisionId(p.session, p.draft ? null : p.number), start, end: ends[i]!, lang, parts });
    });
    return { citations, end };
  }
  const named = bodyAfter(text, end, ['unea', 'body']) ?? bodyBefore(text, at, ['unea', 'body']);
  const unea = named ? named === 'unea' : scan.context().resolutionIsUnea(at);
  const citations: Citation[] = [];
  list.forEach(({ pair: p, start }, i) => {
    if (!unea || p.mc || p.number === null || p.session < 1 || p.session > LIMITS.sessions || p.number < 1 || p.number > LIMITS.resolutions) return;
    citations.push({ kind: 'resolution', id: resolutionId(p.session, p.number), start, end: ends[i]!, lang, parts: { body: 'UNEP/EA', meeting: p.session, number: p.number } });
  });
  return { citations, end };
}

/** At a counter prefix ("第"). */
export const recogniseCounter: Recogniser = (scan, at) => {
  for (const g of scan.grammars()) {
    if (!g.counterPrefix || !scan.text.startsWith(g.counterPrefix, at)) continue;
    const c = counterOf(g);
    const found = numbered(scan, at, c) ?? provisions(scan, at, c);
    if (found) return found;
  }
  return null;
};
