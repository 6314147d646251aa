import { type Attribution, classifyPhrase } from './attribution';
import { bodyAfter, bodyBefore } from './bodies';
import { Cursor, sticky } from './cursor';
import type { Grammar } from './grammar/types';
import { escapeRe } from './normalise';
import { pairs } from './numbered';
import { type Leaf } from './provisions';
import { LIMITS, type Recognised, type Recogniser, type Scan } from './scan';
import { type Tokens, tokensOf } from './tokens';
import type { Citation } from './types';

/**
 * Languages that put the number between a prefix and its keyword (Chinese "第十六条第二款第（一）项",
 * "第16条第2款(a)项", "第三十条和第三十一条", "第5/14号决议", "第MC-5/3号决定"). The words come from the
 * grammar (counterPrefix, article, paragraph, subparagraph, resolution, decision, numerals); the
 * instrument is named before the provision ("《斯德哥尔摩公约》第5条"), so attribution looks left.
 */

interface Counter {
  grammar: Grammar;
  t: Tokens;
  /** 第 N [和 第? M]* — the number(s) before a keyword. */
  numbers: RegExp;
  article: RegExp;
  paragraph: RegExp;
  subparagraph: RegExp;
  /** "第（一）项", "第一项", "（一）项", "(a)项", "(乙)项": a subparagraph after a paragraph. */
  sub: RegExp;
  resolutionOrDecision: RegExp;
  prefix: RegExp;
}

const cache = new Map<Grammar, Counter>();

function counterOf(g: Grammar): Counter {
  const hit = cache.get(g);
  if (hit) return hit;
  const t = tokensOf(g);
  const n = g.numerals ?? { digits: {}, units: {} };
  const han = [...Object.keys(n.digits), ...Object.keys(n.units)].map(escapeRe).join('');
  const num = `(?:[0-9\uff10-\uff19]{1,3}${han ? `|[${han}]{1,6}` : ''})`;
  const p = escapeRe(g.counterPrefix!);
  const and = `\\s{0,2}(?:${g.listAnd.map(escapeRe).join('|')}|${g.range.map(escapeRe).join('|')}|[,，])\\s{0,2}`;
  const letters = (g.subLetters ?? []).flat().map(escapeRe).join('|');
  const c: Counter = {
    grammar: g,
    t,
    numbers: sticky(`${p}\\s{0,2}(${num})((?:${and}(?:${p})?\\s{0,2}${num})*)\\s{0,2}`),
    article: sticky(g.article.map(escapeRe).join('|')),
    paragraph: sticky(g.paragraph.map(escapeRe).join('|')),
    subparagraph: sticky(g.subparagraph.map(escapeRe).join('|')),
    sub: sticky(`(?:${p})?\\s{0,2}(?:[(（]\\s?([a-z]${letters ? `|${letters}` : ''})\\s?[)）]|(${letters || '[a-z]'}))\\s{0,2}(?:${g.subparagraph.map(escapeRe).join('|')})`),
    resolutionOrDecision: sticky(`\\s{0,2}(${[...g.resolution, ...g.decision].map(escapeRe).join('|')})`),
    prefix: sticky(`\\s{0,2}(?:${g.listAnd.map(escapeRe).join('|')}|${g.range.map(escapeRe).join('|')}|[,，])?\\s{0,2}(?=${p})`),
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

/** The numbers of "第N和第M" / "第N至第M": a list, with the range expanded. */
function numberList(m: RegExpExecArray, c: Counter): number[] | null {
  const g = c.grammar;
  const first = counterNumber(m[1]!, g);
  if (first === null) return null;
  const out = [first];
  const rest = m[2] ?? '';
  const re = new RegExp(`(${g.range.map(escapeRe).join('|')})?\\s{0,2}(?:${escapeRe(g.counterPrefix!)})?\\s{0,2}([0-9\uff10-\uff19]{1,3}|[${[...Object.keys(g.numerals?.digits ?? {}), ...Object.keys(g.numerals?.units ?? {})].join('')}]{1,6})`, 'gu');
  for (let x = re.exec(rest); x; x = re.exec(rest)) {
    const v = counterNumber(x[2]!, g);
    if (v === null) return null;
    const last = out[out.length - 1]!;
    if (x[1] && v > last && v - last <= 20) for (let i = last + 1; i < v; i++) out.push(i);
    out.push(v);
  }
  return out;
}

/** Who a provision belongs to, read from the instrument named just before it ("《…》第5条", "本公约第5条"). */
export function attributionBefore(text: string, at: number, g: Grammar): Attribution {
  const before = text.slice(Math.max(0, at - 60), at).replace(/\s+$/, '');
  const named = /《([^《》]{1,40})》(?:的)?$/u.exec(before);
  if (named) return classifyPhrase(named[1]!);
  return g.convention.some((w) => before.endsWith(w)) ? 'generic' : 'none';
}

function provisions(scan: Scan, at: number, c: Counter): Recognised | null {
  const { text } = scan;
  const cur = new Cursor(text, at);
  const leaves: Leaf[] = [];
  for (let guard = 0; guard < LIMITS.articles; guard++) {
    const itemStart = cur.pos;
    const a = cur.eat(c.numbers);
    const articles = a ? numberList(a, c) : null;
    if (!articles || !cur.eat(c.article) || articles.some((n) => n < 1 || n > LIMITS.articles)) break;
    let end = cur.pos;
    const save = cur.pos;
    const p = articles.length === 1 ? cur.eat(c.numbers) : null;
    const paragraphs = p ? numberList(p, c) : null;
    if (paragraphs && cur.eat(c.paragraph) && paragraphs.every((n) => n >= 1 && n <= LIMITS.paragraphs)) {
      end = cur.pos;
      const s = paragraphs.length === 1 ? cur.eat(c.sub) : null;
      const letter = s ? c.t.subLetter((s[1] ?? s[2])!) : null;
      if (letter) end = cur.pos;
      else cur.pos = end;
      paragraphs.forEach((n) => leaves.push({ article: articles[0]!, paragraph: n, ...(letter ? { subparagraph: letter } : {}), start: itemStart, end }));
    } else {
      cur.pos = save;
      articles.forEach((n) => leaves.push({ article: n, start: itemStart, end }));
    }
    if (!cur.eat(c.prefix)) break;
  }
  if (leaves.length === 0) return null;
  const end = Math.max(...leaves.map((l) => l.end));
  const attribution = attributionBefore(text, at, c.grammar);
  const accepted = attribution === 'minamata' || (attribution !== 'other' && scan.context().conventionIsMinamata(at));
  if (!accepted) return { citations: [], end };
  const lang = c.grammar.lang;
  const citations: Citation[] = leaves.map((l) => {
    const parts: Citation['parts'] = { article: l.article };
    let id = `minamata:art${l.article}`;
    if (l.paragraph !== undefined) {
      parts.paragraph = l.paragraph;
      id += `(${l.paragraph})`;
      if (l.subparagraph) {
        parts.subparagraph = l.subparagraph;
        id += `(${l.subparagraph})`;
      }
    }
    return { kind: 'article', id, start: l.start, end: l.end, lang, parts };
  });
  return { citations, end };
}

function numbered(scan: Scan, at: number, c: Counter): Recognised | null {
  const { text } = scan;
  const cur = new Cursor(text, at + c.grammar.counterPrefix!.length);
  cur.eat(sticky('\\s{0,2}'));
  const list = pairs(cur, c.t);
  const kw = list.length === 1 ? cur.eat(c.resolutionOrDecision) : null;
  if (!kw) return null;
  const p = list[0]!;
  const end = cur.pos;
  const lang = c.grammar.lang;
  if (c.grammar.decision.includes(kw[1]!)) {
    const valid = p.session >= 1 && p.session <= LIMITS.cops && (p.draft || (p.number !== null && p.number >= 1 && p.number <= LIMITS.decisions));
    const ok = valid && (p.mc || bodyBefore(text, at, ['minamata', 'cop']) !== null || scan.context().decisionIsMinamataCop(at));
    const id = `MC-${p.session}/${p.draft ? '[--]' : p.number}`;
    const parts: Citation['parts'] = { meeting: p.session, number: p.number, ...(p.draft ? { draft: true } : {}) };
    return { citations: ok ? [{ kind: 'decision', id, start: at, end, lang, parts }] : [], end };
  }
  if (p.mc || p.number === null || p.session < 1 || p.session > LIMITS.sessions || p.number < 1 || p.number > LIMITS.resolutions) return { citations: [], end };
  const named = bodyAfter(text, end, ['unea', 'body']) ?? bodyBefore(text, at, ['unea', 'body']);
  const unea = named ? named === 'unea' : scan.context().resolutionIsUnea(at);
  if (!unea) return { citations: [], end };
  return {
    citations: [{ kind: 'resolution', id: `UNEP/EA.${p.session}/Res.${p.number}`, start: at, end, lang, parts: { body: 'UNEP/EA', meeting: p.session, number: p.number } }],
    end,
  };
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
