import type { Found, Registry } from './registry';

/** A caret position as both browsers report it. */
interface Caret {
  node: Node;
  offset: number;
}

/**
 * The caret under a point. `caretPositionFromPoint` is the standard (Chromium 128+, Firefox); Chromium
 * retargets positions inside shadow trees to their host unless the roots are passed in.
 */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): Caret | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const pos = shadowRoots.length > 0 ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** A live Range over a found citation, for measuring (StaticRange has no geometry). */
export function liveRange(f: Found): Range {
  const r = f.range;
  const range = r.startContainer.ownerDocument!.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range;
}

/** True when (x, y) lies inside one of the line boxes of `range` (with a pixel of slack). */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/**
 * The citations under the pointer. The caret position names a text node and offset, the registry
 * knows which citations cover it, and the citation's own line boxes confirm the pointer is really on
 * the text (the caret snaps to the nearest character even in the margin). The character just before
 * the caret is tried too, since the caret sits between characters.
 */
export function citationsAtPoint(
  registry: Registry,
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
  isEnabled: (f: Found) => boolean,
): Found[] {
  if (registry.size === 0) return [];
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== 3) return [];
  const node = caret.node as Text;
  const candidates = new Set([...registry.at(node, caret.offset), ...registry.at(node, Math.max(0, caret.offset - 1))]);
  const out: Found[] = [];
  for (const f of candidates) {
    if (isEnabled(f) && rangeContainsPoint(liveRange(f), x, y)) out.push(f);
  }
  return out;
}
