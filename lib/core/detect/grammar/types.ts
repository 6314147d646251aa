import type { DetectLang } from '../types';

/**
 * One language's vocabulary for citations. Recognisers are built from these tables, so supporting a
 * new language means writing one more table, not another code path. Words are plain text: spaces
 * match any spacing and "'" matches any apostrophe (see normalise.ts). Matching ignores case.
 */
export interface Grammar {
  lang: DetectLang;
  /**
   * The script the language is written in (a Unicode script name). A page's language, or else the
   * scripts its text holds, selects the grammars that run; Latin-script grammars always run, since
   * symbols and English citations appear on pages in every language.
   */
  script: 'Latin' | 'Cyrillic' | 'Han' | 'Arabic';
  /** Frequent function words that tell this language apart from others of its script (whole words). */
  stopWords: readonly string[];
  /**
   * Letters written attached to the next word ("و" and, "ب" by, "ل" to): every keyword, convention
   * word and connector is also read with them, and "ل" before "ال" becomes "لل" ("للمادة").
   */
  prefixes?: readonly string[];
  /**
   * For languages that put the number before its keyword ("第十六条第二款"): the word that opens
   * each number. Then `article`, `paragraph`, `subparagraph`, `resolution` and `decision` are the
   * words that follow the number ("条", "款", "项", "号决议", "号决定"), and the instrument is named
   * before the provision ("《斯德哥尔摩公约》第5条").
   */
  counterPrefix?: string;
  /** The measure word between a number and a resolution or decision word, which may close each number of a list ("第6/4号和第6/6号决议"). */
  counterMeasure?: string;
  /** Numerals written with characters ("十六", "二八七"): digit values and multipliers. */
  numerals?: { digits: Readonly<Record<string, number>>; units: Readonly<Record<string, number>> };
  /**
   * Forms of the article keyword that are plural (or dual) and so may head a list or a range
   * ("статьями 3, 4 и 5", "المادتين 35 و 36"). Absent: a final "s" marks the plural.
   */
  articlePlurals?: readonly string[];
  /**
   * Subparagraph letters in the language's own alphabet, in order: the n-th stands for the n-th
   * Latin letter ("б)" is (b), "(ج)" is (c)); several spellings of one letter share a slot. Latin
   * letters are always read as themselves.
   */
  subLetters?: readonly (string | readonly string[])[];
  /** Annex letters as the language prints them, with the annex they name ("جيم" → C). Latin A–E always name themselves. */
  annexLetters?: Readonly<Record<string, string>>;
  /**
   * Annex letters whose meaning depends on the lettering the text uses: Cyrillic "В" is Annex C in
   * a text lettered А, Б, В, Г, Д, but a look-alike of Latin B in a text lettered like the UN's.
   * Read only when one of `evidence` occurs in the text and none of `against` does.
   */
  annexSeries?: { letters: Readonly<Record<string, string>>; evidence: readonly string[]; against: readonly string[] };
  /** "adopted by", "adoptée par": joins a resolution or decision to the body that adopted it. */
  adoptedBy: readonly string[];
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
  /** Joins a provision to what contains it, head last: "of", "du", "de l'", "del" … An empty word means a case ending is enough ("пункт 2 статьи 16"). */
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
