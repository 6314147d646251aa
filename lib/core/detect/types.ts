/**
 * The detection contract shared by the page layer, the index, the saved list and the exports.
 * Canonical ids are described in ../shared/docs/architecture.md (kept in README.md too).
 */

/** What a citation points at. Annexes of the Convention are `article` citations too. */
export type CitationKind = 'document' | 'article' | 'resolution' | 'decision';

export const CITATION_KINDS: readonly CitationKind[] = ['document', 'article', 'resolution', 'decision'];

import type { Lang } from '../lang';

/** Languages whose grammar the detector knows: the Convention's six (lib/core/lang.ts). */
export type DetectLang = Lang;

/** Structured parts parsed from a citation; which fields are present depends on the kind. */
export interface CitationParts {
  /** document: the series, e.g. "UNEP/MC/COP". */
  body?: string;
  /** document / decision: COP number; resolution: UNEA session. */
  meeting?: number;
  /** document: "INF" or "CRP" when the symbol has that segment. */
  series?: 'INF' | 'CRP';
  /** document / resolution / decision: the document, resolution or decision number. Null for a draft placeholder. */
  number?: number | null;
  /** document: addendum, revision and corrigendum suffixes in order, e.g. ["Add.1", "Rev.1"]. */
  suffixes?: string[];
  /** article: article number. */
  article?: number;
  /** article: paragraph number. */
  paragraph?: number;
  /** article: subparagraph letter, lower case. */
  subparagraph?: string;
  /** article: annex letter, upper case. */
  annex?: string;
  /** article: annex part in roman numerals, e.g. "II". */
  part?: string;
  /** decision: true for a draft such as MC-6/[--]. */
  draft?: boolean;
}

/** One citation found in a text. */
export interface Citation {
  kind: CitationKind;
  /** Canonical id: UNEP/MC/COP.6/INF/28, minamata:art23(5)(b), minamata:annexA, UNEP/EA.6/Res.3, MC-5/3. */
  id: string;
  /** UTF-16 offset of the first character of the printed citation. */
  start: number;
  /** UTF-16 offset just past the printed citation. */
  end: number;
  /** The language whose grammar matched. */
  lang: DetectLang;
  parts: CitationParts;
}

export interface DetectOptions {
  /** Language hint; detected from the text when missing. */
  lang?: DetectLang;
}
