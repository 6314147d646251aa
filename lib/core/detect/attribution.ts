import { derived, SCRIPT_CHARS } from './grammar';
import { allWords, caseGrammars, caseScripts, MINAMATA_SYMBOLS } from './lexicon';
import { alternation, bounded, WB, WORD_CHAR } from './normalise';

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

const CAPITAL = /^\p{Lu}/u;
/** A clause ends at a sentence mark or a line break (a heading's line says nothing of the next line). */
const CLAUSE_END = /[.;:!?](?:\s|$)|\n/;
const CLAUSE_MAX = 80;

/** The patterns built from every registered table, rebuilt when a grammar is registered. */
const patterns = derived(() => {
  const JOIN = new RegExp(
    `\\s{0,3},?\\s{0,3}${alternation(allWords('of'))}\\s{0,4}(?:${alternation(allWords('determiners'))}\\s{0,4}){0,2}`,
    'iy',
  );
  /**
   * Languages that say "of" with a case ending ("статьи 16 Минаматской конвенции") attribute by the
   * words that follow directly; only words of their own script are read so, so that Latin-script
   * text keeps needing its "of".
   */
  const BARE_JOIN = caseScripts().length
    ? new RegExp(
        `\\s{1,3}(?!${alternation(caseGrammars().flatMap((g) => g.listAnd))}|${alternation(allWords('article'))})(?:${alternation(allWords('determiners'))}\\s{1,4}){0,2}(?=${caseScripts().map((s) => SCRIPT_CHARS[s].source).join('|')})`,
        'iy',
      )
    : null;
  /** An instrument named right after the provision, without "of": "Article 3 TEU", "article 4 Basel". */
  const DIRECT = new RegExp(`\\s{1,3}${alternation(allWords('otherInstruments'))}`, 'iy');
  const MINAMATA = new RegExp(bounded([...allWords('minamataNames'), ...MINAMATA_SYMBOLS]), 'i');
  /** Mercury as the subject: "the mercury convention" is Minamata's, "the EU Mercury Regulation" is not. */
  const TOPIC = new RegExp(bounded(allWords('topicWords')), 'i');
  /** A kind of law or document among the first four words: "EU Mercury Regulation", "Ley de mercurio". */
  const NAMED_LAW = new RegExp(`^(?:\\S+\\s+){0,4}${alternation(allWords('instrumentWords'))}(?!${WORD_CHAR})`, 'i');
  const OTHER = new RegExp(bounded(allWords('otherInstruments')), 'i');
  /** An instrument word among the first four words: "Regulation (EU) …", "International Covenant on …", "Stockholm Convention". */
  const NAMED = new RegExp(`^(?:\\S+\\s+){0,3}(?:${alternation(allWords('instrumentWords'))}|${alternation(allWords('convention'))})`, 'i');
  /** A capitalised kind of instrument opening the phrase: "de la Constitución", "of the Regulation". */
  const NAMED_HERE = new RegExp(`^${alternation(allWords('instrumentWords'))}`, 'iu');
  const CONVENTION = new RegExp(`^${alternation(allWords('convention'))}(-)?\\s{0,3}(${WORD_CHAR}+(?:\\s+${WORD_CHAR}+)?)?`, 'i');
  const NAMER = new RegExp(`^${alternation(allWords('conventionNamers'))}`, 'i');
  /** Further on in the clause: an "of" that may open an attribution, or (group 1) another provision, which stops the search. */
  const JOIN_ANYWHERE = new RegExp(
    `${WB}(${alternation([...allWords('article'), ...allWords('annex')])})|(?<!${WORD_CHAR})${alternation(allWords('of'))}\\s{0,4}(?:${alternation(allWords('determiners'))}\\s{0,4}){0,2}`,
    'gi',
  );
  /** A phrase that is itself a provision ("of Annex D", "del anexo A") starts another citation. */
  const PROVISION = new RegExp(`^${alternation([...allWords('article'), ...allWords('annex'), ...allWords('paragraph'), ...allWords('subparagraph')])}`, 'i');
  return { JOIN, BARE_JOIN, DIRECT, MINAMATA, TOPIC, NAMED_LAW, OTHER, NAMED, NAMED_HERE, CONVENTION, NAMER, JOIN_ANYWHERE, PROVISION };
});

/** Where the phrase that names the instrument ends. */
const PHRASE_END = /[,.;:!?\n([\]]/;
const PHRASE_MAX = 90;

/**
 * Reads the attribution of the provision that ends at `pos`: right after it, or else further on in
 * the same clause ("los artículos 32, N° 15, y 54, inciso primero, de la Constitución"), as long as
 * no other article or annex comes first, since that one would own the attribution.
 */
export function attributionAfter(text: string, pos: number, directOnly = false): Attribution {
  const { DIRECT, JOIN, BARE_JOIN, JOIN_ANYWHERE, PROVISION, OTHER, NAMED_HERE } = patterns();
  DIRECT.lastIndex = pos;
  if (DIRECT.test(text)) return 'other';
  JOIN.lastIndex = pos;
  if (JOIN.exec(text)) return phraseAt(text, JOIN.lastIndex);
  if (BARE_JOIN) {
    BARE_JOIN.lastIndex = pos;
    if (BARE_JOIN.exec(text)) {
      const found = phraseAt(text, BARE_JOIN.lastIndex);
      if (found !== 'none') return found;
    }
  }
  // A heading's title ("Article 1.- Apruébase el Convenio de Minamata") is not an attribution.
  if (directOnly) return 'none';
  let clause = text.slice(pos, pos + CLAUSE_MAX);
  const end = CLAUSE_END.exec(clause);
  if (end) clause = clause.slice(0, end.index);
  JOIN_ANYWHERE.lastIndex = 0;
  for (let m = JOIN_ANYWHERE.exec(clause); m; m = JOIN_ANYWHERE.exec(clause)) {
    if (m[1] !== undefined) return 'none';
    const phrase = phraseFrom(text, pos + m.index + m[0].length);
    if (PROVISION.test(phrase)) return 'none';
    // Far from the provision, only a clear name counts: "the Convention for the country", "an
    // amendment to Annex A" or "to report on its work" name no instrument.
    const found = classifyPhrase(phrase);
    if (found === 'minamata') return found;
    if (found === 'other' && (OTHER.test(phrase) || (CAPITAL.test(phrase) && NAMED_HERE.test(phrase)))) return found;
  }
  return 'none';
}

function phraseFrom(text: string, start: number): string {
  const phrase = text.slice(start, start + PHRASE_MAX);
  const cut = PHRASE_END.exec(phrase);
  return cut ? phrase.slice(0, cut.index) : phrase;
}

function phraseAt(text: string, start: number): Attribution {
  return classifyPhrase(phraseFrom(text, start));
}

/** Short words that may follow a namer inside a title ("on the Rights of", "relative aux droits"). */
const TITLE_LINKS = new Set(['the', 'le', 'la', 'les', 'el', 'los', 'las', 'aux', 'des', 'del', 'de', 'du', 'of']);

/**
 * "the Convention concerning artisanal gold mining" describes the provision's topic; "the Convention
 * concerning Indigenous …" names a convention: a title goes on with a capital or a linking word.
 */
function describes(namerAndNext: string): boolean {
  const next = namerAndNext.split(/\s+/)[1];
  return next !== undefined && next.length > 3 && next === next.toLowerCase() && !TITLE_LINKS.has(next);
}

/** Classifies the words that follow "of the" / "de la" / "del". */
export function classifyPhrase(phrase: string): Attribution {
  const { MINAMATA, OTHER, CONVENTION, NAMER, TOPIC, NAMED_LAW, NAMED } = patterns();
  const min = MINAMATA.exec(phrase);
  const other = OTHER.exec(phrase);
  if (min && (!other || min.index < other.index)) return 'minamata';
  if (other) return 'other';
  // "the Convention" alone is generic; "the Convention on Biological Diversity", "Convention-cadre" name another.
  // Read before the topic: "the Agreement aimed to extend … mercury-added products" is still generic.
  const conv = CONVENTION.exec(phrase);
  if (conv) return conv[1] || (conv[2] && NAMER.test(conv[2]) && !describes(conv[2])) ? 'other' : 'generic';
  if (TOPIC.test(phrase)) return NAMED_LAW.test(phrase) ? 'other' : 'minamata';
  if (NAMED.test(phrase)) return 'other';
  return 'none';
}
