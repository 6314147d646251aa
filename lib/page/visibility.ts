/**
 * How far beyond the viewport a block still counts as seen: one viewport height above and below
 * (and half a width each side), so that ordinary scrolling finds its citations already painted.
 */
export const VIEWPORT_MARGIN = '100% 50%';

/**
 * Consecutive blocks watched through one pair of targets. Chromium recomputes every observed target
 * on each frame in which the page's layout changed, so on a live page the observer's cost grows with
 * its targets: watching the ends of runs of blocks keeps it a small share of the citations.
 */
export const GROUP_SIZE = 32;

type Side = 'in' | 'above' | 'below' | 'aside';

/** Blocks that follow one another in the document, seen or not together. */
interface Group {
  /** In document order (a block joins only if it follows the last one). */
  members: Set<Node>;
  /** The first and last member: the only elements observed. */
  ends: Element[];
  /** Where each end was last reported; an end not reported yet is missing. */
  sides: Map<Element, Side>;
  seen: boolean;
}

/**
 * Tells which blocks of text are in or near the viewport. Chromium re-processes every registered
 * highlight range on each change to the page, so the highlighter paints only what these blocks
 * hold; the registry still keeps every citation for hover, the keyboard walk and the popup.
 * A run of blocks counts as seen when one of its ends is in or near the viewport, or when its ends lie
 * on both sides of it (the run spans the viewport). Where IntersectionObserver is missing, or a block
 * is not an element (text straight under a shadow root), the block counts as always seen.
 */
export class Visibility {
  private readonly observer: IntersectionObserver | null;
  private readonly groupOf = new WeakMap<Node, Group>();
  private readonly endOf = new WeakMap<Element, Group>();
  private open: Group | null = null;
  /** Groups seen now: few at a time, checked again after every report. */
  private readonly seenGroups = new Set<Group>();

  constructor(
    win: Window,
    /** Called with the blocks that came into view and those that left, after each batch of scrolling or layout. */
    private readonly onChange: (shown: Node[], hidden: Node[]) => void,
    /** A scrolling container to measure against instead of the viewport (a reader's page list). */
    root: Element | null = null,
    private readonly groupSize = GROUP_SIZE,
  ) {
    const Observer = (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
    this.observer = Observer ? new Observer((entries) => this.onEntries(entries), { root, rootMargin: VIEWPORT_MARGIN }) : null;
  }

  /** True when the block is in or near the viewport (false until the observer first reports it). */
  isSeen(block: Node): boolean {
    if (!this.observer || block.nodeType !== 1) return true;
    return this.groupOf.get(block)?.seen ?? false;
  }

  watch(block: Node): void {
    if (!this.observer || block.nodeType !== 1 || this.groupOf.has(block)) return;
    const el = block as Element;
    const group = this.open && this.canJoin(this.open, el) ? this.open : this.newGroup();
    group.members.add(el);
    this.groupOf.set(el, group);
    this.setEnds(group);
  }

  unwatch(block: Node): void {
    const group = this.groupOf.get(block);
    if (!group) return;
    this.groupOf.delete(block);
    group.members.delete(block);
    this.setEnds(group);
    if (group.members.size > 0) return;
    if (this.open === group) this.open = null;
    this.seenGroups.delete(group);
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.open = null;
    this.seenGroups.clear();
  }

  private newGroup(): Group {
    const group: Group = { members: new Set(), ends: [], sides: new Map(), seen: false };
    this.open = group;
    return group;
  }

  /** Blocks are mostly found in document order; one found elsewhere (a later insertion) starts a new run. */
  private canJoin(group: Group, el: Element): boolean {
    if (group.members.size >= this.groupSize) return false;
    const last = group.ends[group.ends.length - 1];
    if (!last || !last.isConnected || last.getRootNode() !== el.getRootNode()) return false;
    return (last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !last.contains(el);
  }

  /** Observes the group's first and last members, and stops observing ends that no longer are. */
  private setEnds(group: Group): void {
    const members = [...group.members] as Element[];
    const next = members.length === 0 ? [] : members.length === 1 ? [members[0]!] : [members[0]!, members[members.length - 1]!];
    for (const end of group.ends) {
      if (next.includes(end)) continue;
      this.observer!.unobserve(end);
      this.endOf.delete(end);
      group.sides.delete(end);
    }
    for (const end of next) {
      if (group.ends.includes(end)) continue;
      this.endOf.set(end, group);
      this.observer!.observe(end);
    }
    group.ends = next;
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    const touched = new Set<Group>();
    let bounds: DOMRectReadOnly | null = null;
    for (const entry of entries) {
      bounds ??= entry.rootBounds;
      const group = this.endOf.get(entry.target);
      if (!group) continue;
      group.sides.set(entry.target, sideOf(entry.isIntersecting, entry.boundingClientRect, entry.rootBounds));
      touched.add(group);
    }
    // A jump (End key, an anchor, the keyboard walk) moves an end from one side to the other without
    // ever crossing the viewport, and the observer says nothing about it: groups that look as if they
    // span the viewport are checked again against their ends' boxes (layout is fresh in this callback).
    for (const group of this.seenGroups) touched.add(group);
    const shown: Node[] = [];
    const hidden: Node[] = [];
    for (const group of touched) {
      // Until every end has been reported, the group keeps what it was (no flicker while it grows).
      if (group.ends.some((end) => !group.sides.has(end))) continue;
      let sides = group.ends.map((end) => group.sides.get(end)!);
      if (bounds && !sides.includes('in') && sides.includes('above') && sides.includes('below')) {
        for (const end of group.ends) group.sides.set(end, sideOf(false, end.getBoundingClientRect(), bounds));
        sides = group.ends.map((end) => group.sides.get(end)!);
      }
      const seen = sides.includes('in') || (sides.includes('above') && sides.includes('below'));
      if (seen === group.seen) continue;
      group.seen = seen;
      if (seen) this.seenGroups.add(group);
      else this.seenGroups.delete(group);
      (seen ? shown : hidden).push(...group.members);
    }
    if (shown.length > 0 || hidden.length > 0) this.onChange(shown, hidden);
  }
}

/** Where an observed end lies relative to the viewport and its margin. */
function sideOf(isIntersecting: boolean, rect: DOMRectReadOnly, bounds: DOMRectReadOnly | null): Side {
  if (isIntersecting) return 'in';
  if (!bounds || (rect.width === 0 && rect.height === 0)) return 'aside';
  if (rect.bottom <= bounds.top) return 'above';
  if (rect.top >= bounds.bottom) return 'below';
  return 'aside';
}
