/** Longest stretch kept on either side of a citation when the sentence has no clear end. */
const MAX_SIDE = 240;

/**
 * The sentence around `text.slice(start, end)`, for the "saved from" record: from the previous
 * sentence end (". ", "; ", ": " before a capital, a line break) to the next, capped at about
 * 240 characters on each side, with white space folded.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  const minFrom = Math.max(0, start - MAX_SIDE);
  while (from > minFrom) {
    const c = text[from - 1]!;
    if (c === '\n') break;
    if ((c === ' ' || c === '\u00a0') && from >= 2 && /[.;!?]/.test(text[from - 2]!)) break;
    from--;
  }
  let to = end;
  const maxTo = Math.min(text.length, end + MAX_SIDE);
  while (to < maxTo) {
    const c = text[to]!;
    if (c === '\n') break;
    to++;
    if (/[.;!?]/.test(c) && (to >= text.length || /\s/.test(text[to]!))) break;
  }
  const core = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > minFrom || from === 0 ? '' : '…'}${core}${to < maxTo || to === text.length ? '' : '…'}`;
}
