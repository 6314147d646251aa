import { grammars } from './grammar';
import type { Grammar } from './grammar/types';
import { alternation } from './normalise';

/**
 * Language-independent views of the grammar tables. Whether a provision belongs to Minamata or to
 * another instrument must not depend on which language's parser won a tie (an English page may
 * quote "la Convention de Bâle"), so attribution and context read the union of all tables.
 * The tables registered so far, that is: what is built from these is kept with grammar.derived().
 */

type ListKey = { [K in keyof Grammar]-?: NonNullable<Grammar[K]> extends readonly string[] ? K : never }[keyof Grammar];

/** Every word of one table field across all languages, or those of some scripts (the empty "of" of case languages left out). */
export function allWords(key: ListKey, scripts?: ReadonlySet<Grammar['script']>): string[] {
  return grammars().filter((g) => !scripts || scripts.has(g.script))
    .flatMap((g) => (g[key] ?? []) as readonly string[])
    .filter((w) => typeof w === 'string' && w !== '');
}

/** An alternation of one field across all languages (see normalise.alternation). */
export function allAlternation(key: ListKey, extra: readonly string[] = []): string {
  return alternation([...allWords(key), ...extra]);
}

/** The languages that say "of" with a case ending (an empty word in their `of`). */
export function caseGrammars(): Grammar[] {
  return grammars().filter((g) => g.of.includes(''));
}

/** Scripts of the languages that say "of" with a case ending. */
export function caseScripts(): Exclude<Grammar['script'], 'Latin'>[] {
  return [...new Set(grammars().filter((g) => g.of.includes('') && g.script !== 'Latin').map((g) => g.script as Exclude<Grammar['script'], 'Latin'>))];
}

/** Symbol prefixes that are themselves a mention of the Minamata Convention. */
export const MINAMATA_SYMBOLS: readonly string[] = ['UNEP/MC'];
