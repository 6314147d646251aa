import { allWords, MINAMATA_SYMBOLS } from './lexicon';
import { alternation, WORD_CHAR } from './normalise';

/**
 * Who a provision belongs to, read from the words right after it: "of the Minamata Convention",
 * "de la Convention de Bâle", "del presente Reglamento", "TFEU". The tables of all languages are
 * used together: a page in one language may quote an instrument's name in another.
 *
 * - `minamata`: names the Minamata Convention (or mercury);
 * - `other`: names another instrument, a kind of instrument (law, code, protocol …) or a document;
 * - `generic`: "the Convention" / "la Convention" / "el Convenio" without a name;
 * - `none`: nothing is attributed.
 * The last two are settled by the context (see context.ts).
 */
export type Attribution = 'minamata' | 'other' | 'generic' | 'none';

const JOIN = new RegExp(
  `\\s{0,3},?\\s{0,3}${alternation(allWords('of'))}\\s{0,4}(?:${alternation(allWords('determiners'))}\\s{0,4}){0,2}`,
  'iy',
);
/** An instrument named right after the provision, without "of": "Article 3 TEU", "article 4 Basel". */
const DIRECT = new RegExp(`\\s{1,3}${alternation(allWords('otherInstruments'))}`, 'iy');
const MINAMATA = new RegExp(`\\b${alternation([...allWords('minamataNames'), ...allWords('topicWords'), ...MINAMATA_SYMBOLS])}`, 'i');
const OTHER = new RegExp(`\\b${alternation(allWords('otherInstruments'))}`, 'i');
const KIND = new RegExp(`^${alternation(allWords('instrumentWords'))}`, 'i');
const CONVENTION = new RegExp(`^${alternation(allWords('convention'))}\\s{0,3}(${WORD_CHAR}+(?:\\s+${WORD_CHAR}+)?)?`, 'i');
const NAMER = new RegExp(`^${alternation(allWords('conventionNamers'))}`, 'i');
/** Where the phrase that names the instrument ends. */
const PHRASE_END = /[,.;:!?\n([\]]/;
const PHRASE_MAX = 90;

/** Reads the attribution of the provision that ends at `pos`. */
export function attributionAfter(text: string, pos: number): Attribution {
  DIRECT.lastIndex = pos;
  if (DIRECT.test(text)) return 'other';
  JOIN.lastIndex = pos;
  if (!JOIN.exec(text)) return 'none';
  const start = JOIN.lastIndex;
  let phrase = text.slice(start, start + PHRASE_MAX);
  const cut = PHRASE_END.exec(phrase);
  if (cut) phrase = phrase.slice(0, cut.index);
  return classifyPhrase(phrase);
}

/** Classifies the words that follow "of the" / "de la" / "del". */
export function classifyPhrase(phrase: string): Attribution {
  const min = MINAMATA.exec(phrase);
  const other = OTHER.exec(phrase);
  if (min && (!other || min.index < other.index)) return 'minamata';
  if (other) return 'other';
  if (KIND.test(phrase)) return 'other';
  const conv = CONVENTION.exec(phrase);
  if (conv) return conv[1] && NAMER.test(conv[1]) ? 'other' : 'generic';
  return 'none';
}
