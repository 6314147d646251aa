/**
 * Text variants the recognisers must tolerate, as regex fragments rather than a rewrite of the
 * text: the page layer needs offsets into the text it handed us, so normalising a copy would force
 * an offset map on every call. Tolerating the variants inside the patterns keeps offsets exact.
 */

/** Any run of spacing, including NBSP, narrow NBSP and line breaks (JS `\s` covers them all). Bounded so no pattern can scan far. */
export const SP = '\\s{1,4}';
/** Optional spacing, bounded for the same reason. */
export const SP0 = '\\s{0,3}';
/** Straight, typographic and modifier apostrophes, which pages mix freely. */
export const APOS = "['\u2019\u02bc\u00b4`]";
/** ASCII hyphen plus the Unicode hyphens and dashes word processors substitute for it. */
export const HYPHEN = '[-\u2010\u2011\u2012\u2013]';
/**
 * The letters (and combining marks) of the scripts written with spaces, as explicit ranges of the
 * Basic Multilingual Plane: Latin with its extensions, Greek, Cyrillic, Armenian, Hebrew, Arabic
 * (without its digits and punctuation), Indic, Thai, Arabic presentation forms, full-width Latin.
 * Explicit ranges rather than \p{L} with the `u` flag, because V8 runs the large case-insensitive
 * alternations of the tables several times slower under `u`. Han is left out on purpose: Chinese
 * has no spaces, so "附件A的" ends the letter A and "的水俣" starts a name.
 */
const LETTERS =
  'A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0300-\u036f\u0370-\u03ff\u0400-\u052f' +
  '\u0531-\u0587\u0591-\u05f2\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0750-\u077f' +
  '\u0900-\u0dff\u0e00-\u0e7f\u1e00-\u1fff\ufb50-\ufdff\ufe70-\ufefc\uff21-\uff3a\uff41-\uff5a';
/** Digits: ASCII, Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9), which Arabic texts use. */
export const DIGIT = '[0-9\u0660-\u0669\u06f0-\u06f9]';
/** A letter that continues a word, in any spaced script (the Unicode-aware replacement of [A-Za-z]). */
export const WORD_CHAR = `[${LETTERS}]`;
/** Where a word may start: not right after a letter, digit or underscore of a spaced script (the Unicode-aware `\\b`). */
export const WB = `(?<![${LETTERS}0-9\u0660-\u0669\u06f0-\u06f9_])`;

/** The value of a run of DIGIT characters. */
export function toNumber(digits: string): number {
  const ascii = Number(digits);
  if (!Number.isNaN(ascii)) return ascii;
  return Number(digits.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90)));
}

/** A word ending in a letter of a spaced script or a digit needs a boundary after it; Han words do not. */
const SPACED_END = new RegExp(`(?:${WORD_CHAR}|\\d)$`);

/** Escapes a literal for use inside a RegExp source. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Turns a table word ("de l'", "rules of procedure") into a regex fragment that accepts any spacing
 * between its words and any apostrophe, so tables stay written in plain text.
 */
export function wordSource(word: string): string {
  return word
    .split(/(\s+|')/)
    .filter((part) => part !== '')
    .map((part) => (part === "'" ? APOS : /^\s+$/.test(part) ? SP : escapeRe(part)))
    .join('');
}

/**
 * An alternation of table words, longest first so that "articles" wins over "article", each closed
 * by a word boundary unless it ends in punctuation ("art.").
 */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${unique
    .map((w) => {
      const src = wordSource(w);
      return SPACED_END.test(w) ? `${src}(?!${WORD_CHAR})` : src;
    })
    .join('|')})`;
}

/** An alternation of table words that must also start a word (see WB); the Unicode-aware `\\b`. */
export function bounded(words: readonly string[]): string {
  return `${WB}${alternation(words)}`;
}

/** Lower-cases and strips accents, for comparing a matched keyword against a table. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019\u02bc\u00b4`]/g, "'")
    .replace(/\s+/g, ' ');
}
