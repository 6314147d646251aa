import { attributionAfter } from './attribution';
import { parseHeadFirst } from './head-first';
import { parseHeadLast } from './head-last';
import type { ProvisionParse } from './provisions';
import { longestReading, type Recognised, type Recogniser, type Scan } from './scan';
import { tokensOf } from './tokens';
import type { Citation, DetectLang } from './types';
import { articleId } from '../ids';

/**
 * Articles of the Minamata Convention. The parsers (provisions.ts) read the phrase in every
 * language whose keyword matches, the longest reading wins (ties go to the page's language); then
 * the phrase must belong to the Convention: named as Minamata's, or "the Convention" / nothing in a
 * text about Minamata, and never another instrument's ("article 4 of the Basel Convention",
 * "artículo 5 de la Ley 20.920", "Article 3 TEU").
 */

/** "Article 3." alone at the start of a line is a heading of the text being read: it belongs to that text's subject. */
const HEADING_AFTER = /^\s{0,3}(?:[.:\u2013\u2014-]|\r?\n|$)/;

/** True when only spaces separate `at` from the start of its line (read backwards: a regex over a slice costs more per anchor). */
function atLineStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

/** How close a Minamata mention must be for a bare provision to be its on a page about another instrument. */
const NEAR_NAME = 300;

/**
 * Whether the provision at `at`..`end` is the Convention's, and why (for --explain):
 * - named: "of the Minamata Convention" yes, "of the Basel Convention" / "of this Regulation" no;
 * - "the Convention" / "the Agreement": the last treaty named before it (else the next) is Minamata;
 * - a heading ("Article 3 – Supply", a table of contents line) belongs to the text's subject, the
 *   first instrument it names;
 * - bare: the last instrument (treaty or numbered law) named before it is Minamata, and where the
 *   text is about another instrument, Minamata was named just before.
 */
export function belongsToMinamata(scan: Scan, at: number, end: number, heading = false): { ok: boolean; why: string } {
  const attribution = attributionAfter(scan.text, end, heading);
  if (attribution === 'minamata') return { ok: true, why: 'attributed to the Minamata Convention by name' };
  if (attribution === 'other') return { ok: false, why: 'attributed to another instrument' };
  const ctx = scan.context();
  if (attribution === 'generic') {
    const ok = ctx.conventionIsMinamata(at, true);
    return { ok, why: `"the Convention" ${ok ? 'is Minamata here (the treaty named last, or the topic)' : 'is not Minamata here (another treaty named last, or none named and mercury not the topic)'}` };
  }
  const subject = ctx.subject();
  if (heading) {
    const ok = subject === 'minamata' || (subject === null && ctx.near(at, ['topic']));
    return { ok, why: `a heading: the text's subject is ${subject ?? (ok ? 'mercury' : 'not Minamata')}` };
  }
  if (!ctx.conventionIsMinamata(at, false)) return { ok: false, why: 'bare: another instrument is named last, or none is named and mercury is not the topic' };
  if (subject === 'other' && !ctx.mentionedJustBefore(at, ['minamata'], NEAR_NAME)) {
    return { ok: false, why: 'bare: the text is about another instrument and Minamata is not named just before' };
  }
  return { ok: true, why: 'bare: Minamata (or mercury) is what the text is about here' };
}

/** Turns a parse into citations when the phrase is the Convention's. */
export function provisionCitations(scan: Scan, at: number, parse: ProvisionParse, lang: DetectLang, heading = false): Recognised {
  const { ok, why } = belongsToMinamata(scan, at, parse.end, heading);
  if (!ok) return { citations: [], end: parse.end, why };
  const citations: Citation[] = parse.leaves.map((l) => {
    const parts: Citation['parts'] = { article: l.article };
    if (l.paragraph !== undefined) parts.paragraph = l.paragraph;
    if (l.subparagraph) parts.subparagraph = l.subparagraph;
    return { kind: 'article', id: articleId(l.article, l.paragraph, l.subparagraph), start: l.start, end: l.end, lang, parts };
  });
  return { citations, end: parse.end, why };
}

function best(scan: Scan, parser: (t: ReturnType<typeof tokensOf>) => ProvisionParse | null): { parse: ProvisionParse; lang: DetectLang } | null {
  const found = longestReading(scan, (g) => parser(tokensOf(g)), (p) => p.end);
  return found && { parse: found.reading, lang: found.lang };
}

/** At an article keyword. */
export const recogniseArticle: Recogniser = (scan, at) => {
  const found = best(scan, (t) => parseHeadFirst(scan.text, at, t));
  if (!found) return null;
  const { parse } = found;
  const single = parse.leaves.length === 1 && parse.leaves[0]!.paragraph === undefined;
  const heading = single && atLineStart(scan.text, at) && HEADING_AFTER.test(scan.text.slice(parse.end, parse.end + 8));
  return provisionCitations(scan, at, parse, found.lang, heading);
};

/** At a paragraph keyword. */
export const recogniseParagraph: Recogniser = (scan, at) => {
  const found = best(scan, (t) => parseHeadLast(scan.text, at, t, false));
  return found ? provisionCitations(scan, at, found.parse, found.lang) : null;
};

/** At a subparagraph keyword. */
export const recogniseSubparagraph: Recogniser = (scan, at) => {
  // A word that is a subparagraph with a letter may be a paragraph with a number ("el apartado 3 del artículo 12").
  const found = best(scan, (t) => parseHeadLast(scan.text, at, t, true) ?? parseHeadLast(scan.text, at, t, false));
  return found ? provisionCitations(scan, at, found.parse, found.lang) : null;
};
