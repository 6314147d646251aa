import { allWords } from './lexicon';
import { escapeRe } from './normalise';

/**
 * The anchors: the literal words every citation starts with. The detector runs its recognisers
 * only where an anchor matched, which is what makes a page without citations cost one regex pass,
 * and what makes the prefilter exact: detect() cannot find a citation that does not begin at an
 * anchor, so mayContainCitation() can never say false when detect() would find something.
 *
 * The scan regex is a bare alternation of literals (no groups, no lookarounds), the shape V8 runs
 * fastest; word boundaries, the role of the word and a cheap "could a citation follow?" test are
 * checked in code on each hit.
 */

/** Which recogniser an anchor calls. */
export type AnchorRole = 'article' | 'paragraph' | 'subparagraph' | 'annex' | 'resolution' | 'decision' | 'symbol' | 'mc';

const KEYWORD_ROLES = ['article', 'paragraph', 'subparagraph', 'annex', 'resolution', 'decision'] as const;

const roles = new Map<string, AnchorRole>();
for (const role of KEYWORD_ROLES) for (const w of allWords(role)) roles.set(w.toLowerCase(), role);
roles.set('unep', 'symbol');
for (const h of ['-', '\u2010', '\u2011', '\u2012', '\u2013', '']) roles.set(`mc${h}`, 'mc');
// "MC/COP.4/12": a meeting symbol with its UNEP/ prefix dropped.
roles.set('mc/cop', 'symbol');

/** All anchor literals, longest first so that "articles" is preferred to "article". */
const LITERALS = [...roles.keys()].sort((a, b) => b.length - a.length);

/** The single combined literal regex: the scan, the prefilter and the benchmark's floor. */
export const FLOOR_SOURCE = LITERALS.map(escapeRe).join('|');

const PREFILTER = new RegExp(FLOOR_SOURCE, 'i');
const WORD_BEFORE = /[A-Za-z0-9_]/;
const LETTER_AFTER = /[a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f]/i;

// What must follow each role's word for a citation to be possible; a failed test skips the
// recognisers entirely, which is most of the cost on prose ("this article was updated").
const NEXT: Record<AnchorRole, RegExp> = {
  article: /\s{0,4}\d/y,
  paragraph: /\s{0,4}\d/y,
  subparagraph: /\s{0,4}(?:\d|\(?\s?[a-z]\s?\))/iy,
  annex: /\s{0,4}[A-E]/iy,
  resolution: /\s{0,4}\d/y,
  decision: /\s{0,4}(?:MC|\d)/iy,
  symbol: /\s{0,2}[/.]/y,
  mc: /\s?\d/y,
};

/** A fresh global scanner over the anchor literals; callers own its lastIndex. */
export function anchorScanner(): RegExp {
  return new RegExp(FLOOR_SOURCE, 'gi');
}

/**
 * The role of a literal hit made by anchorScanner(), or null when it is not a whole word ("particle",
 * "decisions-making") or nothing citable follows it.
 */
export function roleAt(text: string, m: RegExpExecArray): AnchorRole | null {
  const word = m[0];
  if (m.index > 0 && WORD_BEFORE.test(text[m.index - 1]!)) return null;
  const end = m.index + word.length;
  const last = word[word.length - 1]!;
  if (LETTER_AFTER.test(last) && end < text.length && LETTER_AFTER.test(text[end]!)) return null;
  const role = roles.get(word.toLowerCase());
  if (!role) return null;
  const next = NEXT[role];
  next.lastIndex = end;
  return next.test(text) ? role : null;
}

/**
 * The cheap test the page layer runs on every text block: one pass of a literal regex, true when
 * the block holds any anchor word. Never false when detect() would find a citation.
 */
export function mayContainCitation(text: string): boolean {
  return typeof text === 'string' && (PREFILTER.test(text) || HEADING_PREFILTER.test(text));
}

/**
 * The one citation that starts without a word: the numbered heading of a UNEA resolution at the start
 * of a line ("3/7. Marine litter and microplastics"), in a resolution document or a table of
 * contents. `RESOLUTION_HEADING` reads it at a line start (sticky); the prefilter finds one anywhere.
 */
const HEADING_SHAPE = '[ \\t\\u00a0]{0,4}(\\d{1,2}) ?\\/ ?(\\d{1,2})\\.[ \\t\\u00a0]{1,4}(?=\\p{Lu})';
export const RESOLUTION_HEADING = new RegExp(HEADING_SHAPE, 'uy');
const HEADING_PREFILTER = new RegExp(`(?:^|\\n)${HEADING_SHAPE}`, 'u');
