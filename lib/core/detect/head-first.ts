import { Cursor } from './cursor';
import { inRange, type Leaf, type Letter, letters, paragraphList, type ProvisionParse, pushLeaves } from './provisions';
import { LIMITS } from './scan';
import { toNumber } from './normalise';
import { KEY_SPACE, NUM, PARA_DOT, PARA_PAREN, type Tokens } from './tokens';

/** Article provisions written head first: "article 23, paragraph 5 (b)", "Article 16(2)(a)", "articles 3 and 4", "art. 24.2(c)" (see provisions.ts for spans). */

/** One article number with its details, head first. Returns the article number or null. */
function articleItem(c: Cursor, t: Tokens, itemStart: number, leaves: Leaf[]): number | null {
  const m = c.eat(NUM);
  if (!m) return null;
  const article = toNumber(m[1]!);
  if (!inRange(article, LIMITS.articles)) return null;
  const numEnd = c.pos;
  const inline = c.eat(PARA_PAREN) ?? c.eat(PARA_DOT);
  if (inline && inRange(Number(inline[1]), LIMITS.paragraphs)) {
    pushLeaves(leaves, article, Number(inline[1]), inlineLetters(c, t), itemStart, c.pos, null);
    // "Article 8(8) and (9)": more paragraphs of the same article, each in its own brackets.
    for (;;) {
      const save = c.pos;
      if (!c.eat(t.listSep)) break;
      const s = c.pos;
      const more = c.eat(PARA_PAREN);
      if (!more || !inRange(Number(more[1]), LIMITS.paragraphs)) {
        c.pos = save;
        break;
      }
      const lead = more[0].length - more[0].trimStart().length;
      pushLeaves(leaves, article, Number(more[1]), inlineLetters(c, t), s + lead, c.pos, null);
    }
    return article;
  }
  c.pos = numEnd;
  if (c.eat(t.commaParagraph)) {
    const paras = paragraphList(c, t);
    if (paras.length > 0) {
      paras.forEach((p, i) => pushLeaves(leaves, article, p.paragraph, p.subs, i === 0 ? itemStart : p.start, p.end, null));
      return article;
    }
    c.pos = numEnd;
  }
  leaves.push({ article, start: itemStart, end: numEnd });
  return article;
}

/** Letters right after "(2)": "(2)(a)", "(2) (a) and (b)", "(2), points (a) and (b)", "2, point c)". */
function inlineLetters(c: Cursor, t: Tokens): Letter[] {
  const subs = letters(c, t);
  if (subs.length > 0) return subs;
  const save = c.pos;
  if (c.eat(t.commaSubparagraph)) {
    const named = letters(c, t);
    if (named.length > 0) return named;
  }
  c.pos = save;
  return [];
}

/**
 * Head first, at an article keyword. Lists and ranges continue only with the plural keyword, except
 * "and": "article 3, 12 Parties" is not a list, "article 3 and 4" usually is.
 */
export function parseHeadFirst(text: string, at: number, t: Tokens): ProvisionParse | null {
  const c = new Cursor(text, at);
  const kw = c.eat(t.article);
  if (!kw) return null;
  const plural = t.isPlural(kw[0]);
  c.eat(KEY_SPACE);
  const leaves: Leaf[] = [];
  let numStart = c.pos;
  let last = articleItem(c, t, at, leaves);
  if (last === null) return null;
  for (let guard = 0; guard < LIMITS.articles; guard++) {
    const save = c.pos;
    if (plural && c.eat(t.rangeSep)) {
      const rangeStart = numStart;
      const s = c.pos;
      const m = c.eat(NUM);
      const to = m ? toNumber(m[1]!) : 0;
      if (m && to > last && to <= LIMITS.articles) {
        for (let a = last + 1; a < to; a++) leaves.push({ article: a, start: rangeStart, end: c.pos });
        leaves.push({ article: to, start: s, end: c.pos });
        last = to;
        numStart = s;
        continue;
      }
      c.pos = save;
    }
    if (c.eat(plural ? t.listSep : t.andSep) && c.peek(NUM)) {
      const s = c.pos;
      const before = leaves.length;
      const next = articleItem(c, t, s, leaves);
      if (next !== null) {
        last = next;
        numStart = s;
        continue;
      }
      leaves.length = before;
    }
    c.pos = save;
    break;
  }
  return { leaves, end: Math.max(...leaves.map((l) => l.end)) };
}
