import { sticky } from './cursor';
import type { Grammar } from './grammar/types';
import { alternation, DIGIT, escapeRe, WB, WORD_CHAR } from './normalise';

/**
 * The sticky token patterns the provision parsers use, compiled once per grammar from its table.
 * Tokens that are the same in every language (numbers, "(2)", "b)") are shared constants.
 */
export interface Tokens {
  grammar: Grammar;
  article: RegExp;
  paragraph: RegExp;
  subparagraph: RegExp;
  annex: RegExp;
  resolution: RegExp;
  decision: RegExp;
  /** "," or "and"/"et"/"y" between list items. */
  listSep: RegExp;
  /** Only the word connectors, for singular keywords where a bare comma usually ends the citation. */
  andSep: RegExp;
  /** "to"/"à"/"a" or a dash between the ends of a range. */
  rangeSep: RegExp;
  /** "of"/"du"/"de l'"/"del" joining a provision to its container. */
  of: RegExp;
  /** ", paragraph " after an article number. */
  commaParagraph: RegExp;
  /** ", subparagraph " after a paragraph number. */
  commaSubparagraph: RegExp;
  /** ", Part " after an annex letter. */
  commaPart: RegExp;
  /** "Part II of " or "deuxième partie de l'" just before an annex keyword (tested on a slice ending there). */
  partBefore: RegExp;
  /**
   * A description between two items of a list of numbers, up to the separator before the next item:
   * ", entitled “Marine plastic debris,”" or " on marine litter" before ", 2/11" / " and 3/7".
   */
  gloss: RegExp | null;
  /** The Environment Assembly named between a resolution keyword and its number, with the space after it. */
  uneaBetween: RegExp;
  /** A subparagraph letter, Latin or the language's own: "(b)", "b)", "б)", "(ب)", "（二）". */
  sub: RegExp;
  /** An annex letter, Latin A–E or the language's own ("Б", "جيم"), standing alone. */
  annexLetter: RegExp;
  /** Whether the article keyword matched is plural (or dual), so that a list or range may follow it. */
  isPlural(keyword: string): boolean;
  /** The Latin letter a printed subparagraph letter stands for, or null. */
  subLetter(printed: string): string | null;
  /** The annex a printed annex letter names in `text`, or null (an ambiguous letter the text does not settle). */
  annexOf(printed: string, text: string): string | null;
}

/** Spacing after a keyword; abbreviations may be glued to the number ("art.24"). */
export const KEY_SPACE = sticky('\\s{0,4}');
/** An article or paragraph number (any digits, see DIGIT), with the French "1er" and ordinal signs, not part of a longer token. */
export const NUM = sticky(`(${DIGIT}{1,3})(?:er|re|°|º|o(?=\\s))?(?!${DIGIT}|${WORD_CHAR}|/\\d|\\s?(?:bis|ter|quater)(?!${WORD_CHAR}))`);
/** "(2)" right after an article number. */
export const PARA_PAREN = sticky('\\s?\\(\\s?(\\d{1,2})\\s?\\)');
/** ".2" right after an article number ("art. 24.2"). */
export const PARA_DOT = sticky('\\.(\\d{1,2})(?!\\d|\\.\\d)');
/** A part number in roman numerals. */
export const ROMAN = sticky(`([IVX]{1,4})(?!${WORD_CHAR}|\\d)`);

const cache = new Map<Grammar, Tokens>();

/** The compiled tokens of one grammar. */
export function tokensOf(g: Grammar): Tokens {
  const hit = cache.get(g);
  if (hit) return hit;
  // A connector that is also an attached prefix ("و") may be glued to the next word ("وباء", "و7").
  const glued = g.listAnd.filter((w) => g.prefixes?.includes(w));
  const loose = g.listAnd.filter((w) => !glued.includes(w));
  const and = glued.length ? `(?:${[...(loose.length ? [alternation(loose)] : []), ...glued.map(escapeRe)].join('|')})` : alternation(g.listAnd);
  const of = alternation(g.of);
  const part = alternation(g.part);
  const ordinals = Object.keys(g.partOrdinals);
  // Connectors may be glued to the next word ("و7") where the language attaches them, and need no
  // spaces at all in a script written without them.
  const unspaced = g.script === 'Han';
  const gap = unspaced ? '\\s{0,3}' : '\\s{1,4}';
  const after = unspaced || g.prefixes?.length ? '\\s{0,4}' : '\\s{1,4}';
  const own = (g.subLetters ?? []).flatMap((l, i) => (typeof l === 'string' ? [l] : [...l]).map((s) => [s, String.fromCharCode(97 + i)] as const));
  const ownLetters = new Map(own);
  const letterAlt = ['[a-z]', ...[...ownLetters.keys()].sort((a, b) => b.length - a.length).map(escapeRe)].join('|');
  const annexMap = new Map<string, string>(Object.entries(g.annexLetters ?? {}));
  const series = g.annexSeries;
  const annexAlt = ['[A-E]', ...[...annexMap.keys(), ...Object.keys(series?.letters ?? {})].sort((a, b) => b.length - a.length).map(escapeRe)].join('|');
  const plurals = g.articlePlurals ? new Set(g.articlePlurals.map((w) => w.toLowerCase())) : null;
  let seriesText: string | null = null;
  let seriesOk = false;
  const t: Tokens = {
    grammar: g,
    article: sticky(alternation(g.article)),
    paragraph: sticky(alternation(g.paragraph)),
    subparagraph: sticky(alternation(g.subparagraph)),
    annex: sticky(alternation(g.annex)),
    resolution: sticky(alternation(g.resolution)),
    decision: sticky(alternation(g.decision)),
    listSep: sticky(`\\s{0,3}[,\u060c]\\s{0,3}(?:${and}${after})?|${gap}${and}${after}`),
    andSep: sticky(`\\s{0,3}[,\u060c]?${gap}${and}${after}`),
    rangeSep: sticky(`\\s{0,3}[-\u2010-\u2014]\\s{0,3}|${gap}${alternation(g.range)}${after}`),
    of: sticky(`${gap}${of}\\s{0,4}`),
    commaParagraph: sticky(`\\s{0,3},?\\s{0,3}${alternation(g.paragraph)}\\s{0,4}`),
    commaSubparagraph: sticky(`\\s{0,3},?\\s{0,3}${alternation(g.subparagraph)}`),
    commaPart: sticky(`\\s{0,3},?\\s{0,3}${part}\\s{1,3}`),
    gloss: g.glossWords?.length
      ? new RegExp(
          `,?\\s{1,3}${alternation(g.glossWords)}\\s[^.;:!?\\n]{1,160}?(?=\\s{0,3},\\s{0,3}(?:${and}\\s{1,4})?\\d{1,2}\\s?/\\s?\\d|\\s{1,4}${and}\\s{1,4}\\d{1,2}\\s?/\\s?\\d)`,
          'iuy',
        )
      : null,
    partBefore: new RegExp(
      `(?:${WB}${part}\\s{1,3}([IVX]{1,4})${ordinals.length ? `|${WB}${alternation(ordinals)}\\s{1,3}${part}|${WB}${part}\\s{1,3}${alternation(ordinals)}` : ''})${gap}${of}\\s{0,3}$`,
      'i',
    ),
    uneaBetween: sticky(`${alternation(g.uneaNames)}\\s{1,4}(?=${DIGIT})`),
    sub: sticky(`(?:\\s{0,2}[(（]\\s?(${letterAlt})\\s?[)）]|\\s{0,2}(?<=\\s)(${letterAlt})\\))`),
    annexLetter: sticky(`(${annexAlt})(?!${WORD_CHAR}|\\d|['\u2019]${WORD_CHAR}|\\.\\w)`),
    isPlural: (kw) => (plurals ? plurals.has(kw.toLowerCase()) : /s\.?$/i.test(kw)),
    subLetter(printed) {
      if (/^[a-z]$/.test(printed)) return printed;
      return ownLetters.get(printed) ?? null;
    },
    annexOf(printed, text) {
      if (/^[A-E]$/.test(printed)) return printed;
      const own = annexMap.get(printed);
      if (own) return own;
      const meant = series?.letters[printed];
      if (!series || !meant) return null;
      // Settled once per text: the lettering a page uses does not change along it.
      if (seriesText !== text) {
        seriesText = text;
        seriesOk = series.evidence.some((w) => text.includes(w)) && !series.against.some((w) => text.includes(w));
      }
      return seriesOk ? meant : null;
    },
  };
  cache.set(g, t);
  return t;
}
