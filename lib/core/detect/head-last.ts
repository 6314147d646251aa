import { Cursor } from './cursor';
import { inRange, type Leaf, type Letter, letters, type Para, paragraphList, type ProvisionParse, pushLeaves } from './provisions';
import { LIMITS } from './scan';
import { toNumber } from './normalise';
import { KEY_SPACE, NUM, type Tokens } from './tokens';

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
