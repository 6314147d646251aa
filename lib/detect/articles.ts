import { attributionAfter } from './attribution';
import { type ProvisionParse, parseHeadFirst, parseHeadLast } from './provisions';
import type { Recognised, Recogniser, Scan } from './scan';
import { tokensOf } from './tokens';
import type { Citation, DetectLang } from './types';

/**
 * Articles of the Minamata Convention. The parsers (provisions.ts) read the phrase in every
 * language whose keyword matches, the longest reading wins (ties go to the page's language); then
 * the phrase must belong to the Convention: named as Minamata's, or "the Convention" / nothing in a
 * text about Minamata, and never another instrument's ("article 4 of the Basel Convention",
 * "artículo 5 de la Ley 20.920", "Article 3 TEU").
 */

/** "Article 3." alone at the start of a line is a heading of the text being read, not a citation. */
const HEADING_AFTER = /^\s{0,3}(?:[.:\u2013\u2014-]|\r?\n|$)/;
const LINE_START = /(?:^|\n)[ \t\u00a0]*$/;

function articleId(a: number, p?: number, s?: string): string {
  return `minamata:art${a}${p !== undefined ? `(${p})${s ? `(${s})` : ''}` : ''}`;
}

/** Turns a parse into citations when the phrase is the Convention's. */
export function provisionCitations(scan: Scan, at: number, parse: ProvisionParse, lang: DetectLang): Recognised {
  const { text } = scan;
  const attribution = attributionAfter(text, parse.end);
  const accepted =
    attribution === 'minamata' || (attribution !== 'other' && scan.context().conventionIsMinamata(at));
  if (!accepted) return { citations: [], end: parse.end };
  const citations: Citation[] = parse.leaves.map((l) => {
    const parts: Citation['parts'] = { article: l.article };
    if (l.paragraph !== undefined) parts.paragraph = l.paragraph;
    if (l.subparagraph) parts.subparagraph = l.subparagraph;
    return { kind: 'article', id: articleId(l.article, l.paragraph, l.subparagraph), start: l.start, end: l.end, lang, parts };
  });
  return { citations, end: parse.end };
}

function best(scan: Scan, at: number, parser: (t: ReturnType<typeof tokensOf>) => ProvisionParse | null): { parse: ProvisionParse; lang: DetectLang } | null {
  let winner: { parse: ProvisionParse; lang: DetectLang } | null = null;
  for (const g of scan.grammars()) {
    const parse = parser(tokensOf(g));
    if (parse && (!winner || parse.end > winner.parse.end)) winner = { parse, lang: g.lang };
  }
  return winner;
}

/** At an article keyword. */
export const recogniseArticle: Recogniser = (scan, at) => {
  const found = best(scan, at, (t) => parseHeadFirst(scan.text, at, t));
  if (!found) return null;
  const { parse } = found;
  const single = parse.leaves.length === 1 && parse.leaves[0]!.paragraph === undefined;
  if (single && LINE_START.test(scan.text.slice(Math.max(0, at - 200), at)) && HEADING_AFTER.test(scan.text.slice(parse.end, parse.end + 8))) {
    return { citations: [], end: parse.end };
  }
  return provisionCitations(scan, at, parse, found.lang);
};

/** At a paragraph keyword. */
export const recogniseParagraph: Recogniser = (scan, at) => {
  const found = best(scan, at, (t) => parseHeadLast(scan.text, at, t, false));
  return found ? provisionCitations(scan, at, found.parse, found.lang) : null;
};

/** At a subparagraph keyword. */
export const recogniseSubparagraph: Recogniser = (scan, at) => {
  const found = best(scan, at, (t) => parseHeadLast(scan.text, at, t, true));
  return found ? provisionCitations(scan, at, found.parse, found.lang) : null;
};
