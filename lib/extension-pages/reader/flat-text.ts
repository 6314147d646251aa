/**
 * A PDF page's text read as the detector needs it. PDF.js gives a page as text items (one per run,
 * often one per word in justified text) with an end-of-line flag, and its text layer mirrors them
 * as one <span> per item and a <br> per line end. Joining them naively glues lines together
 * ("…affects" + "affects…") or splits what was printed whole: a symbol broken after a slash
 * ("UNEP/MC/COP.6/" | "INF/28"), a word hyphenated at the line end ("Conven‐" | "tion"), a footnote
 * marker glued to the citation it follows ("MC-5/3" + "¹"). `flatten` applies the reading rules
 * below and keeps, for every character it outputs, where it came from, so a citation found in the
 * flat text maps back to the text layer's nodes.
 *
 * The same function reads the items from `getTextContent()` (for the whole-document index) and the
 * rendered text layer (for painting), so both give the very same text and offsets.
 */

/** One piece of a text item: a text node of the layer, or an item index when reading getTextContent. */
export interface TextPart<N> {
  node: N;
  text: string;
}

/** One text item (one text-layer span): its text in parts, whether a line ends after it, its font height. */
export interface TextToken<N> {
  parts: Array<TextPart<N>>;
  eol: boolean;
  height: number;
}

/** A run of `length` characters of the flat text taken from `node` starting at `nodeStart`. */
export interface Piece<N> {
  node: N;
  nodeStart: number;
  textStart: number;
  length: number;
}

export interface FlatText<N> {
  text: string;
  pieces: Array<Piece<N>>;
}

/** Hyphens a line may end on: U+2010 (what Chromium prints for a soft hyphen), the soft hyphen itself, U+002D. */
const LINE_END_HYPHEN = /[\u2010\u00ad-]$/;
/** A footnote or note marker: a few digits, letters or signs, printed much smaller than the text before it. */
const MARKER = /^[\p{Nd}\p{Ll}*†‡§]{1,3}$/u;
const MARKER_RATIO = 0.8;

/**
 * What goes between the text read so far and the next item after a line end: nothing when the line
 * was cut inside a word or a symbol, a space otherwise. May drop a final hyphen (returns 'drop').
 */
function lineJoin(before: string, next: string): '' | ' ' | 'drop' {
  const last = before.at(-1) ?? '';
  const first = next[0] ?? '';
  if (last === '' || /\s/u.test(last) || /\s/u.test(first)) return '';
  // A symbol cut after its slash: "UNEP/MC/COP.6/" | "INF/28".
  if (last === '/' && /[\p{L}\p{Nd}]/u.test(first)) return '';
  if (LINE_END_HYPHEN.test(last)) {
    const letterBefore = /\p{L}/u.test(before.at(-2) ?? '');
    // A word hyphenated by the typesetter: "Conven‐" | "tion" reads "Convention".
    if (letterBefore && /\p{Ll}/u.test(first)) return 'drop';
    // A hyphen that belongs to the reference: "MC-" | "5/3".
    if (last === '-' && /\p{Nd}/u.test(first)) return '';
  }
  return ' ';
}

export function flatten<N>(tokens: ReadonlyArray<TextToken<N>>): FlatText<N> {
  const pieces: Array<Piece<N>> = [];
  let text = '';
  let pendingEol = false;
  let prevHeight = 0;
  let prevWasMarker = false;
  for (const token of tokens) {
    const tokenText = token.parts.map((p) => p.text).join('');
    if (tokenText !== '') {
      const isMarker = prevHeight > 0 && token.height > 0 && token.height < prevHeight * MARKER_RATIO && MARKER.test(tokenText) && !pendingEol;
      let sep: '' | ' ' | 'drop' = '';
      if (pendingEol) sep = lineJoin(text, tokenText);
      else if ((isMarker || prevWasMarker) && text !== '' && !/\s$/u.test(text) && !/^\s/u.test(tokenText)) sep = ' ';
      if (sep === 'drop') {
        text = text.slice(0, -1);
        const last = pieces[pieces.length - 1]!;
        last.length -= 1;
        if (last.length === 0) pieces.pop();
      } else if (sep === ' ') text += ' ';
      for (const part of token.parts) {
        if (part.text === '') continue;
        pieces.push({ node: part.node, nodeStart: 0, textStart: text.length, length: part.text.length });
        text += part.text;
      }
      pendingEol = false;
      prevWasMarker = isMarker;
      // A marker does not set the size the next marker is compared with.
      if (!isMarker) prevHeight = token.height;
    }
    if (token.eol) pendingEol = true;
  }
  return { text, pieces };
}

/** Index of the last piece starting at or before `offset`. */
function pieceAt<N>(pieces: ReadonlyArray<Piece<N>>, offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.textStart <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Maps `[start, end)` of the flat text to source positions: the first character's node and offset,
 * and the node and offset just after the last character. Offsets in an added space move inwards.
 */
export function locate<N>(flat: FlatText<N>, start: number, end: number): { startNode: N; startOffset: number; endNode: N; endOffset: number } | null {
  const { pieces } = flat;
  if (end <= start || pieces.length === 0) return null;
  let i = pieceAt(pieces, start);
  if (i < 0 || start >= pieces[i]!.textStart + pieces[i]!.length) {
    i += 1;
    if (i >= pieces.length) return null;
  }
  const j = pieceAt(pieces, end - 1);
  if (j < i) return null;
  const a = pieces[i]!;
  const b = pieces[j]!;
  const startOffset = a.nodeStart + Math.max(0, start - a.textStart);
  const endOffset = b.nodeStart + Math.min(b.length, end - b.textStart);
  return { startNode: a.node, startOffset, endNode: b.node, endOffset };
}
