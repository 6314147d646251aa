import { compareFound, type Found } from './registry';

/**
 * The citation the keyboard command moves to: the one after (or before) the last one visited, in
 * document order, wrapping around at the ends. When the last one visited has gone (the page
 * re-rendered), the walk goes on from where it stood rather than starting over.
 */
export function nextCitation(ordered: readonly Found[], cursor: Found | null, step: 1 | -1): Found | undefined {
  const n = ordered.length;
  if (n === 0) return undefined;
  if (!cursor) return step === 1 ? ordered[0] : ordered[n - 1];
  const at = ordered.indexOf(cursor);
  if (at >= 0) return ordered[(at + step + n) % n];
  const after = ordered.findIndex((f) => compareFound(f, cursor) > 0);
  if (step === 1) return ordered[after === -1 ? 0 : after];
  const before = (after === -1 ? n : after) - 1;
  return ordered[before < 0 ? n - 1 : before];
}
