import { sticky } from './cursor';
import type { Grammar } from './grammar/types';
import { alternation, WORD_CHAR } from './normalise';

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
}

/** Spacing after a keyword; abbreviations may be glued to the number ("art.24"). */
export const KEY_SPACE = sticky('\\s{0,4}');
/** An article or paragraph number, with the French "1er" and ordinal signs, not part of a longer token. */
export const NUM = sticky(`(\\d{1,3})(?:er|re|°|º|o(?=\\s))?(?!\\d|${WORD_CHAR}|/\\d|\\s?(?:bis|ter|quater)(?!${WORD_CHAR}))`);
/** "(2)" right after an article number. */
export const PARA_PAREN = sticky('\\s?\\(\\s?(\\d{1,2})\\s?\\)');
/** ".2" right after an article number ("art. 24.2"). */
export const PARA_DOT = sticky('\\.(\\d{1,2})(?!\\d|\\.\\d)');
/** A subparagraph letter: "(b)" (spaces allowed before) or "b)" (only after a space: "23b)" is not one). */
export const SUB = sticky(`(?:\\s{0,2}\\(\\s?([a-z])\\s?\\)|\\s{0,2}(?<=\\s)([a-z])\\))`);
/** An annex letter, A to E, standing alone. */
export const ANNEX_LETTER = sticky(`([A-E])(?!${WORD_CHAR}|\\d|['\u2019]${WORD_CHAR}|\\.\\w)`);
/** A part number in roman numerals. */
export const ROMAN = sticky(`([IVX]{1,4})(?!${WORD_CHAR}|\\d)`);

const cache = new Map<Grammar, Tokens>();

/** The compiled tokens of one grammar. */
export function tokensOf(g: Grammar): Tokens {
  const hit = cache.get(g);
  if (hit) return hit;
  const and = alternation(g.listAnd);
  const of = alternation(g.of);
  const part = alternation(g.part);
  const ordinals = Object.keys(g.partOrdinals);
  const t: Tokens = {
    grammar: g,
    article: sticky(alternation(g.article)),
    paragraph: sticky(alternation(g.paragraph)),
    subparagraph: sticky(alternation(g.subparagraph)),
    annex: sticky(alternation(g.annex)),
    resolution: sticky(alternation(g.resolution)),
    decision: sticky(alternation(g.decision)),
    listSep: sticky(`\\s{0,3},\\s{0,3}(?:${and}\\s{1,4})?|\\s{1,4}${and}\\s{1,4}`),
    andSep: sticky(`\\s{0,3},?\\s{1,4}${and}\\s{1,4}`),
    rangeSep: sticky(`\\s{0,3}[-\u2010-\u2014]\\s{0,3}|\\s{1,4}${alternation(g.range)}\\s{1,4}`),
    of: sticky(`\\s{1,4}${of}\\s{0,4}`),
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
      `(?:\\b${part}\\s{1,3}([IVX]{1,4})${ordinals.length ? `|\\b${alternation(ordinals)}\\s{1,3}${part}` : ''})\\s{1,4}${of}\\s{0,3}$`,
      'i',
    ),
  };
  cache.set(g, t);
  return t;
}
