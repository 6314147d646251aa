import { Cursor } from './cursor';
import { LIMITS } from './scan';
import { toNumber } from './normalise';
import { KEY_SPACE, NUM, type Tokens } from './tokens';

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
 *
 * This module holds the pieces both orders share (leaves, letter lists, paragraph lists); the two
 * parsers are head-first.ts and head-last.ts.
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

export interface Letter {
  letter: string;
  start: number;
  end: number;
}

export const inRange = (n: number, max: number): boolean => n >= 1 && n <= max;

/** Subparagraph letters at the cursor: "(a)", "(a) and (b)", "a) et b)". Lower case only. */
export function letters(c: Cursor, t: Tokens): Letter[] {
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
export function pushLeaves(leaves: Leaf[], article: number, paragraph: number | undefined, subs: Letter[], first: number, tokenStart: number, end: number | null): void {
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

export interface Para {
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
export function paragraphList(c: Cursor, t: Tokens): Para[] {
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
