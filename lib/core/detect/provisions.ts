import { Cursor } from './cursor';
import { LIMITS } from './scan';
import { toNumber } from './normalise';
import { KEY_SPACE, NUM, PARA_DOT, PARA_PAREN, type Tokens } from './tokens';

/**
 * Parsers for article provisions, in the two orders languages use:
 * head first ("article 23, paragraph 5 (b)", "Article 16(2)(a)", "articles 3 and 4", "art. 24.2(c)")
 * and head last ("subparagraph (b) of paragraph 5 of article 23", "l'alinéa b) du paragraphe 5 de
 * l'article 23", "el apartado a) del párrafo 2 del artículo 16", "paragraphe 2 a) de l'article 16").
 *
 * Each provision named is one leaf with its own span:
 * - head first, the first leaf runs from the keyword, each later leaf covers its own number or
 *   letter ("articles 3" | "4"), so pointing at "4" means article 4;
 * - head last, every leaf runs from its own number or letter to the end of the article number, so
 *   leaves overlap ("subparagraphs (a) and (b) of paragraph 2 of article 16" for (a), "(b) of
 *   paragraph 2 of article 16" for (b)): pointing at "article 16" shows both, pointing at "(b)" one;
 * - the middle of a range ("articles 8 to 10") has no printed number; article 9 covers "8 to 10".
 */

/** One provision found: article, optional paragraph and subparagraph, and its span. */
export interface Leaf {
  article: number;
  paragraph?: number;
  subparagraph?: string;
  start: number;
  end: number;
}

/** A parsed phrase: its leaves and where the phrase's last number ends. */
export interface ProvisionParse {
  leaves: Leaf[];
  end: number;
}

interface Letter {
  letter: string;
  start: number;
  end: number;
}

const inRange = (n: number, max: number): boolean => n >= 1 && n <= max;

/** Subparagraph letters at the cursor: "(a)", "(a) and (b)", "a) et b)". Lower case only. */
function letters(c: Cursor, t: Tokens): Letter[] {
  const out: Letter[] = [];
  for (;;) {
    const save = c.pos;
    if (out.length > 0 && !c.eat(t.listSep)) break;
    const before = c.pos;
    const m = c.eat(t.sub);
    const printed = m ? (m[1] ?? m[2])! : '';
    const letter = t.subLetter(printed);
    if (!m || !letter) {
      c.pos = save;
      break;
    }
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ letter, start: before + lead, end: c.pos });
  }
  return out;
}

/** Pushes one leaf per (paragraph, letter) pair, the first starting at `first`. */
function pushLeaves(leaves: Leaf[], article: number, paragraph: number | undefined, subs: Letter[], first: number, tokenStart: number, end: number | null): void {
  if (subs.length === 0) {
    const leaf: Leaf = { article, start: first, end: end ?? tokenStart };
    if (paragraph !== undefined) leaf.paragraph = paragraph;
    leaves.push(leaf);
    return;
  }
  subs.forEach((s, i) => {
    const leaf: Leaf = { article, start: i === 0 ? first : s.start, end: end ?? s.end };
    if (paragraph !== undefined) {
      leaf.paragraph = paragraph;
      leaf.subparagraph = s.letter;
    }
    leaves.push(leaf);
  });
}

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

interface Para {
  paragraph: number;
  subs: Letter[];
  start: number;
  end: number;
}

/** The most provisions one range may name ("paragraphs 2 to 40" is more likely a typo than a citation of 39). */
export const RANGE_MAX = 20;

/**
 * Paragraph numbers with their letters: "5 (b)", "1 and 2", "5, subparagraph (b)", "2 a) et b)",
 * "2 and paragraph 4" (the keyword repeated), and ranges "2–4", "3 à 5", "2 a 4".
 */
function paragraphList(c: Cursor, t: Tokens): Para[] {
  const out: Para[] = [];
  for (;;) {
    const save = c.pos;
    if (out.length > 0) {
      const last = out[out.length - 1]!;
      if (last.subs.length === 0 && c.eat(t.rangeSep)) {
        const s = c.pos;
        const to = c.eat(NUM);
        const n = to ? Number(to[1]) : 0;
        if (to && n > last.paragraph && n - last.paragraph < RANGE_MAX && n <= LIMITS.paragraphs) {
          // The numbers between the ends are not printed: they share the span of the whole range.
          for (let p = last.paragraph + 1; p < n; p++) out.push({ paragraph: p, subs: [], start: last.start, end: c.pos });
          out.push({ paragraph: n, subs: letters(c, t), start: s, end: c.pos });
          continue;
        }
        c.pos = save;
      }
      if (!c.eat(t.listSep)) break;
    }
    const start = c.pos;
    if (out.length > 0 && c.eat(t.paragraph)) c.eat(KEY_SPACE);
    const m = c.eat(NUM);
    if (!m || !inRange(toNumber(m[1]!), LIMITS.paragraphs)) {
      c.pos = save;
      break;
    }
    const end = c.pos;
    let subs = letters(c, t);
    if (subs.length === 0) {
      const beforeIntro = c.pos;
      if (c.eat(t.commaSubparagraph)) subs = letters(c, t);
      if (subs.length === 0) c.pos = beforeIntro;
    }
    out.push({ paragraph: toNumber(m[1]!), subs, start, end });
  }
  return out;
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

/**
 * Head last, at a paragraph or subparagraph keyword: "[subparagraph(s) LETTERS of] paragraph(s)
 * NUMBERS [LETTERS] of article N". Returns null unless the phrase ends at an article number, so
 * "paragraph 3 of decision MC-1/2" is not an article.
 */
export function parseHeadLast(text: string, at: number, t: Tokens, fromSubparagraph: boolean): ProvisionParse | null {
  const c = new Cursor(text, at);
  let outer: Letter[] = [];
  let paras: Para[] = [];
  if (fromSubparagraph) {
    if (!c.eat(t.subparagraph)) return null;
    outer = letters(c, t);
    if (outer.length === 0) {
      // "subparagraph 3 (b) of article 10", "subparagraphs 1 (a) and 1 (c)": the paragraph number is printed with the letter.
      c.eat(KEY_SPACE);
      paras = paragraphList(c, t);
      if (paras.length === 0 || paras.some((p) => p.subs.length === 0)) return null;
    } else if (!c.eat(t.of)) return null;
  }
  if (paras.length === 0) {
    if (!c.eat(t.paragraph)) return null;
    c.eat(KEY_SPACE);
    paras = paragraphList(c, t);
  }
  if (paras.length === 0 || !c.eat(t.of) || !c.eat(t.article)) return null;
  c.eat(KEY_SPACE);
  const m = c.eat(NUM);
  if (!m) return null;
  const article = toNumber(m[1]!);
  if (!inRange(article, LIMITS.articles)) return null;
  const end = c.pos;
  const leaves: Leaf[] = [];
  let first = true;
  for (const p of paras) {
    const subs = outer.length > 0 ? outer : p.subs;
    const tokenStart = outer.length > 0 ? at : p.start;
    pushLeaves(leaves, article, p.paragraph, subs, first ? at : tokenStart, end, end);
    first = false;
  }
  return { leaves, end };
}
