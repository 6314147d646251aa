/**
 * lookup(id, lang): card data from the index compiled into the bundle at build time
 * (virtual:mcxref-index, see data/vite-plugin.ts). Used by the background service worker and the
 * extension pages; content scripts ask the background, so the index is not in their bundle.
 */
import index from 'virtual:mcxref-index';
import type { CardLang, LookupResult } from './result';
import { lookupIn } from './resolve';

export type * from './result';

/**
 * The card for any canonical id in the reader's language: in-index entries with their verified
 * titles, well-formed unknown ids with what the id itself says (inIndex false), and a
 * "not a recognised reference" result for anything else. Never throws.
 */
export function lookup(id: string, lang: CardLang): LookupResult {
  return lookupIn(index, id, lang);
}

/** The bundled compiled index, for pages that list or export references. */
export function bundledIndex(): typeof index {
  return index;
}
