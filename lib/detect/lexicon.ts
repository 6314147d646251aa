import { GRAMMARS } from './grammar';
import type { Grammar } from './grammar/types';
import { alternation } from './normalise';

/**
 * Language-independent views of the grammar tables. Whether a provision belongs to Minamata or to
 * another instrument must not depend on which language's parser won a tie (an English page may
 * quote "la Convention de Bâle"), so attribution and context read the union of all tables.
 */

type ListKey = { [K in keyof Grammar]-?: NonNullable<Grammar[K]> extends readonly string[] ? K : never }[keyof Grammar];

/** Every word of one table field across all languages (an optional field a table lacks adds nothing). */
export function allWords(key: ListKey): string[] {
  return GRAMMARS.flatMap((g) => (g[key] as readonly string[] | undefined) ?? []);
}

/** An alternation of one field across all languages (see normalise.alternation). */
export function allAlternation(key: ListKey, extra: readonly string[] = []): string {
  return alternation([...allWords(key), ...extra]);
}

/** Symbol prefixes that are themselves a mention of the Minamata Convention. */
export const MINAMATA_SYMBOLS: readonly string[] = ['UNEP/MC'];
