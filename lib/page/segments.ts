import { blockOf, isInline, isSkipped } from './dom-rules';

/**
 * A run of text read as one string: the text nodes of one block, in order, so that a citation split
 * across inline elements or text nodes is found whole. `starts[i]` is where `nodes[i]` begins in `text`.
 */
export interface Segment {
  block: Node;
  nodes: Text[];
  starts: number[];
  text: string;
}

/** Segments longer than this are cut at the next text-node boundary, so no single detect call grows unbounded. */
const MAX_SEGMENT_CHARS = 64 * 1024;

/**
 * Reads the text of a subtree as segments, a slice at a time: `next(deadline, max)` returns at most
 * `max` segments, fewer when `performance.now()` passed `deadline`, and `done` tells when the
 * subtree is exhausted. The caller interleaves its own work on each batch (detection costs far
 * more than walking), so batches stay small. Open shadow roots met on the way are reported through `onShadowRoot` (a TreeWalker
 * does not enter them). The walk uses no filter callback, which keeps it cheap on large pages.
 */
export class SegmentWalker {
  done = false;
  private readonly walker: TreeWalker;
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;
  private block: Node | null = null;
  private started = false;

  constructor(
    private readonly root: Node,
    private readonly onShadowRoot: (root: ShadowRoot) => void = () => {},
    /** Visit elements only, to find shadow roots in a subtree whose text has no citation. */
    private readonly shadowOnly = false,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, shadowOnly ? NodeFilter.SHOW_ELEMENT : NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    if (root.nodeType === 1 && isSkipped(root as Element)) this.done = true;
  }

  next(deadline: number, now: () => number = () => performance.now(), max = Infinity): Segment[] {
    const out: Segment[] = [];
    if (this.done) return out;
    if (!this.started) {
      this.started = true;
      // A TreeWalker never visits its root: a host re-read on its own (appended, moved) reports its shadow root here.
      const shadow = this.root.nodeType === 1 ? (this.root as Element).shadowRoot : null;
      if (shadow) this.onShadowRoot(shadow);
    }
    const walker = this.walker;
    let steps = 0;
    if (this.shadowOnly) {
      // Nothing to read here, only shadow roots to find: the cheapest possible walk.
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const shadow = (node as Element).shadowRoot;
        if (shadow) this.onShadowRoot(shadow);
        if (++steps % 1024 === 0 && now() > deadline) return out;
      }
      this.done = true;
      return out;
    }
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 3) {
        const text = node as Text;
        const data = text.data;
        if (data.length === 0) continue;
        const block = blockOf(text);
        const flushed = block !== this.block || this.length > MAX_SEGMENT_CHARS;
        if (flushed) this.flush(out, block);
        this.nodes.push(text);
        this.starts.push(this.length);
        this.parts.push(data);
        this.length += data.length;
        // The run this node opened stays open for the next batch.
        if (flushed && out.length >= max) return out;
      } else {
        const el = node as Element;
        if (isSkipped(el)) {
          this.skipSubtree(el);
          continue;
        }
        if (el.shadowRoot) this.onShadowRoot(el.shadowRoot);
        if (el.tagName === 'BR') {
          this.parts.push('\n');
          this.length += 1;
        } else if (!isInline(el)) {
          this.flush(out, el);
          if (out.length >= max) return out;
        }
      }
      if (++steps % 256 === 0 && now() > deadline) return out;
    }
    this.flush(out, null);
    this.done = true;
    return out;
  }

  /** Moves the walker to the last node inside `el`, so the next step leaves the subtree. */
  private skipSubtree(el: Element): void {
    let last: Node = el;
    while (last.lastChild) last = last.lastChild;
    // A <template>'s content is not its children in browsers, but some DOM implementations expose it so.
    this.walker.currentNode = el.contains(last) ? last : el;
  }

  private flush(out: Segment[], nextBlock: Node | null): void {
    if (this.nodes.length > 0 && this.block) {
      out.push({ block: this.block, nodes: this.nodes, starts: this.starts, text: this.parts.join('') });
    }
    this.nodes = [];
    this.starts = [];
    this.parts = [];
    this.length = 0;
    this.block = nextBlock;
  }
}

/**
 * Maps a UTF-16 offset range of `segment.text` back to DOM boundary points. Offsets that fall in a
 * gap (a line break standing for a <br>) move to the nearest text. Returns null when the range
 * holds no text node.
 */
export function segmentRange(
  segment: Segment,
  start: number,
  end: number,
): { startNode: Text; startOffset: number; endNode: Text; endOffset: number } | null {
  const { nodes, starts } = segment;
  const i = lastAtOrBefore(starts, start);
  const j = lastBefore(starts, end);
  if (i < 0 || j < 0 || i >= nodes.length || j >= nodes.length) return null;
  let si = i;
  let startOffset = start - starts[si]!;
  if (startOffset >= nodes[si]!.data.length) {
    si += 1;
    startOffset = 0;
    if (si >= nodes.length) return null;
  }
  const endOffset = Math.min(end - starts[j]!, nodes[j]!.data.length);
  if (j < si) return null;
  return { startNode: nodes[si]!, startOffset, endNode: nodes[j]!, endOffset };
}

/** Index of the last entry <= value (binary search over ascending starts). */
function lastAtOrBefore(starts: number[], value: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the last entry < value. */
function lastBefore(starts: number[], value: number): number {
  return lastAtOrBefore(starts, value - 1);
}
