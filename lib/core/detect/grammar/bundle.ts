/**
 * Where the grammars bundle (entrypoints/grammars.ts) leaves the tables of the languages not written
 * in Latin script, in the content script's isolated world; lib/page/grammars.ts reads them there.
 * A file of its own so that neither side bundles the other.
 */
export const GRAMMARS_GLOBAL = '__mcxrefGrammars';
