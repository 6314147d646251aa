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
/** A letter after which a keyword is not a whole word (ASCII plus Latin-1 and Latin Extended-A letters). */
export const WORD_CHAR = '[a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f]';

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
      return /[\p{L}\d]$/u.test(w) ? `${src}(?!${WORD_CHAR})` : src;
    })
    .join('|')})`;
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
