/**
 * The compiled index: what data/compile.ts produces from the catalogue and the notes, and what
 * lookup.ts reads. Only verified titles are present, so "no title in this language" is simply a
 * missing key (the catalogue records the reason; the build checks that every gap has one).
 * Sources stay in the catalogue; the index carries only what a card shows.
 */

import type { Lang } from '../lang';

/** Cards are asked for in any language of the Convention. */
export type IndexLang = Lang;

/** Verified wording; a language without verified wording is absent. */
export type Words = Partial<Record<IndexLang, string>>;

/**
 * The languages the catalogue is researched and written in: each needs a verified title or a
 * stated gap (data/checks.ts), and our own summaries exist in each. No Russian, Chinese or Arabic
 * source has been searched yet (../shared/facts: AR and ZH headings not found), so in those a
 * missing title is the default rather than a recorded gap, and the card says that none is verified.
 */
export const CATALOGUE_LANGS = ['en', 'fr', 'es'] as const satisfies readonly Lang[];
export type CatalogueLang = (typeof CATALOGUE_LANGS)[number];

/**
 * Our own wording: always present in the languages the catalogue is written in, present in the
 * other languages of the Convention only where someone wrote it (cards fall back, saying which).
 */
export type OwnWords = Record<CatalogueLang, string> & Words;

export interface CompiledArticle {
  n: number;
  titles: Words;
  summary: OwnWords;
  /** Paragraph-level summaries keyed "2(a)", "6". */
  paragraphs?: Record<string, { summary: OwnWords; bodies?: string[] }>;
  bodies?: string[];
}

export interface CompiledAnnex {
  letter: string;
  titles: Words;
  summary: OwnWords;
}

export interface CompiledSegment {
  start: string;
  end: string;
  place?: OwnWords;
  online?: boolean;
}

export interface CompiledMeeting {
  key: string;
  names: Words;
  segments: CompiledSegment[];
  pageSlug?: string;
  /** The archive site's page of the meeting, per language as seen. */
  archivePages?: Words;
  links?: string[];
}

export interface CompiledDocument {
  symbol: string;
  meeting: string;
  agendaItem?: string;
  titles: Words;
  contains: OwnWords;
  parts?: Array<{ label: OwnWords; contains: OwnWords }>;
  bodies?: string[];
  links?: string[];
}

export interface CompiledResolution {
  symbol: string;
  titles: Words;
  bodies?: string[];
}

export interface CompiledDecision {
  id: string;
  titles: Words;
  topic: OwnWords;
  bodies?: string[];
}

export interface CompiledBody {
  key: string;
  abbr: Words;
  names: Words;
  summary: OwnWords;
}

export interface CompiledNote {
  key: string;
  title: string;
  lang: IndexLang;
  /** Null while the note's own symbol is not verified. */
  symbol: string | null;
  meeting: string;
}

/**
 * Where in a note a paragraph sits, numbered as the note prints it (UN editorial practice): body
 * paragraphs run 1, 2, 3 … through the whole document whatever the section; a draft decision in
 * an annex numbers its operative paragraphs on its own, its preambular paragraphs are unnumbered
 * (we count them, as citations of "the second preambular paragraph" do); footnotes by number.
 */
export type NotePlace =
  /** The note's title or subtitle. */
  | { kind: 'title' }
  /** A body paragraph: its printed number and the numeral of its section ("II"), if any. */
  | { kind: 'body'; number: number; section: string | null }
  /**
   * A paragraph of an annex (`annex` is its printed numeral, "" for a lone annex). In a draft
   * decision, `part` says which part: its heading, the chapeau ("The Conference of the Parties,"),
   * a preambular paragraph (counted) or an operative paragraph (printed number).
   */
  | { kind: 'annex'; annex: string; decision: boolean; part: 'heading' | 'chapeau' | 'preamble' | 'operative' | 'other'; number?: number }
  /** A footnote, by its printed number, and the place whose text carries its mark. */
  | { kind: 'footnote'; number: number; mark: Exclude<NotePlace, { kind: 'footnote' }> };

/** One place where a note cites an id. */
export interface CitedIn {
  /** Note key (CompiledIndex.notes). */
  note: string;
  /** The exact id printed there (a sub-provision may be cited under its article's card). */
  id: string;
  place: NotePlace;
  /** A short stretch of the paragraph around the citation, in the note's language. */
  excerpt: string;
}

export interface CompiledIndex {
  version: 1;
  convention: { titles: Words; adopted: string; inForce: string };
  articles: Record<string, CompiledArticle>;
  annexes: Record<string, CompiledAnnex>;
  meetings: Record<string, CompiledMeeting>;
  agendaItems: Record<string, { titles: Words }>;
  documents: Record<string, CompiledDocument>;
  resolutions: Record<string, CompiledResolution>;
  decisions: Record<string, CompiledDecision>;
  bodies: Record<string, CompiledBody>;
  notes: Record<string, CompiledNote>;
  /** Citations found in the notes, keyed by the exact id cited, in reading order. */
  cited: Record<string, CitedIn[]>;
}
