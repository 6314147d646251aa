import type { DetectLang } from '../types';

/**
 * One language's vocabulary for citations. Recognisers are built from these tables, so supporting a
 * new language means writing one more table, not another code path. Words are plain text: spaces
 * match any spacing and "'" matches any apostrophe (see normalise.ts). Matching ignores case.
 */
export interface Grammar {
  lang: DetectLang;
  /** Frequent function words that tell this language apart (ASCII only, whole words). */
  stopWords: readonly string[];
  /** "article", "articles", "art." … */
  article: readonly string[];
  /** "paragraph", "paragraphe", "párrafo" … */
  paragraph: readonly string[];
  /** "subparagraph", "alinéa", "apartado" … */
  subparagraph: readonly string[];
  /** "annex", "annexe", "anexo" … */
  annex: readonly string[];
  /** "part", "partie", "parte": annex parts in roman numerals. */
  part: readonly string[];
  /** Ordinal words that name an annex part before the part word ("deuxième partie"), with the numeral. */
  partOrdinals: Readonly<Record<string, string>>;
  /** Words joining list items: "and", "or", "et", "y" … (a comma always joins). */
  listAnd: readonly string[];
  /** Words joining the ends of a range: "to", "à", "a" (a dash always does). */
  range: readonly string[];
  /** Joins a provision to what contains it, head last: "of", "du", "de l'", "del" … */
  of: readonly string[];
  /** Articles that may open an attribution: "the", "la", "l'", "el", "this" … */
  determiners: readonly string[];
  /** "resolution", "résolution", "resolución" and plurals. */
  resolution: readonly string[];
  /** "decision", "décision", "decisión" and plurals. */
  decision: readonly string[];
  /** Generic words for the treaty under discussion: "the Convention", "le traité", "el Convenio". */
  convention: readonly string[];
  /** Words that, right after the convention word, name some other convention ("on", "sur", "sobre" …). */
  conventionNamers: readonly string[];
  /** Names that make a text or an attribution about Minamata. */
  minamataNames: readonly string[];
  /** Topic words (mercury) that make an unattributed "the Convention" read as Minamata. */
  topicWords: readonly string[];
  /**
   * Names of other instruments that have articles: their articles are not the Convention's, and a
   * mention of one makes a nearby "the Convention" theirs. Frameworks without articles (the Global
   * Framework on Chemicals, the Kunming-Montreal framework) do not belong here.
   */
  otherInstruments: readonly string[];
  /** Kinds of instrument ("protocol", "loi", "reglamento"): an article "of the <kind> …" belongs to it. Too common to scan for as context. */
  instrumentWords: readonly string[];
  /**
   * Kinds of law that are cited by number ("Regulation (EU) 2017/852", "loi n° 2016-1032", "Ley 20.920"):
   * such a mention makes the law the instrument a bare "Article 6" nearby belongs to.
   */
  lawWords?: readonly string[];
  /** Words that introduce a description between the items of a list ("3/4, on health, and 3/8"). */
  glossWords?: readonly string[];
  /** Names of the UN Environment Assembly. */
  uneaNames: readonly string[];
  /** Bodies other than UNEA whose resolutions and decisions share the n/m shape. */
  otherBodies: readonly string[];
  /** "Conference of the Parties" and its short forms. */
  copNames: readonly string[];
  /** Words that make a text environmental, which is where a bare "resolution 6/3" is a UNEA one. */
  environmentWords: readonly string[];
}
