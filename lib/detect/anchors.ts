import { allWords } from './lexicon';
import { alternation, escapeRe, HYPHEN } from './normalise';

/**
 * The anchors: the literal words every citation starts with. The detector runs its recognisers
 * only where an anchor matched, which is what makes a page without citations cost one regex pass,
 * and what makes the prefilter exact: detect() cannot find a citation that does not begin at an
 * anchor, so mayContainCitation() can never say false when detect() would find something.
 */

/** Which recogniser an anchor calls. */
export type AnchorRole = 'article' | 'paragraph' | 'subparagraph' | 'annex' | 'resolution' | 'decision' | 'symbol' | 'mc';

const ROLE_ORDER: readonly AnchorRole[] = ['article', 'paragraph', 'subparagraph', 'annex', 'resolution', 'decision', 'symbol', 'mc'];

const groups: Record<AnchorRole, string> = {
  article: alternation(allWords('article')),
  paragraph: alternation(allWords('paragraph')),
  subparagraph: alternation(allWords('subparagraph')),
  annex: alternation(allWords('annex')),
  resolution: alternation(allWords('resolution')),
  decision: alternation(allWords('decision')),
  symbol: 'UNEP(?=\\s{0,2}/)',
  mc: `MC\\s?${HYPHEN}`,
};

/** The combined anchor pattern, one capture group per role in ROLE_ORDER. */
export const ANCHOR_SOURCE = `\\b(?:${ROLE_ORDER.map((r) => `(${groups[r]})`).join('|')})`;

const PREFILTER = new RegExp(ANCHOR_SOURCE, 'i');

/** A fresh global anchor scanner; callers own its lastIndex. */
export function anchorScanner(): RegExp {
  return new RegExp(ANCHOR_SOURCE, 'gi');
}

/** The role of an anchor match made by anchorScanner(). */
export function roleOf(m: RegExpExecArray): AnchorRole {
  for (let i = 0; i < ROLE_ORDER.length; i++) if (m[i + 1] !== undefined) return ROLE_ORDER[i]!;
  return 'symbol';
}

/**
 * The cheap test the page layer runs on every text block: one pass of a literal regex, true when
 * the block holds any anchor word. Never false when detect() would find a citation.
 */
export function mayContainCitation(text: string): boolean {
  return typeof text === 'string' && PREFILTER.test(text);
}

/**
 * The same words as one plain literal alternation without roles or guards: the benchmark's floor,
 * the fastest any keyword-driven detector could scan the same text.
 */
export const FLOOR_SOURCE = [
  ...new Set([
    ...(['article', 'paragraph', 'subparagraph', 'annex', 'resolution', 'decision'] as const).flatMap((k) => allWords(k)),
    'UNEP',
    'MC-',
  ]),
]
  .map(escapeRe)
  .join('|');
