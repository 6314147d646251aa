/**
 * How far beyond the viewport a block still counts as seen: one viewport height above and below
 * (and half a width each side), so that ordinary scrolling finds its citations already painted.
 */
export const VIEWPORT_MARGIN = '100% 50%';

/**
 * Tells which blocks of text are in or near the viewport. Chromium re-processes every registered
 * highlight range on each change to the page, so the highlighter paints only what these blocks
 * hold; the registry still keeps every citation for hover, the keyboard walk and the popup.
 * Where IntersectionObserver is missing, or a block is not an element (text straight under a
 * shadow root), the block counts as always seen.
 */
export class Visibility {
  private readonly observer: IntersectionObserver | null;
  private readonly seen = new WeakSet<Node>();
  private readonly watched = new WeakSet<Node>();

  constructor(
    win: Window,
    /** Called with the blocks that came into view and those that left, after each batch of scrolling or layout. */
    private readonly onChange: (shown: Node[], hidden: Node[]) => void,
    /** A scrolling container to measure against instead of the viewport (a reader's page list). */
    root: Element | null = null,
  ) {
    const Observer = (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
    this.observer = Observer ? new Observer((entries) => this.onEntries(entries), { root, rootMargin: VIEWPORT_MARGIN }) : null;
  }

  /** True when the block is in or near the viewport (false until the observer first reports it). */
  isSeen(block: Node): boolean {
    if (!this.observer || block.nodeType !== 1) return true;
    return this.seen.has(block);
  }

  watch(block: Node): void {
    if (!this.observer || block.nodeType !== 1 || this.watched.has(block)) return;
    this.watched.add(block);
    this.observer.observe(block as Element);
  }

  unwatch(block: Node): void {
    if (!this.observer || !this.watched.has(block)) return;
    this.watched.delete(block);
    this.seen.delete(block);
    this.observer.unobserve(block as Element);
  }

  disconnect(): void {
    this.observer?.disconnect();
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    const shown: Node[] = [];
    const hidden: Node[] = [];
    // Several entries for one block can arrive in one batch: the last one is its current state.
    const latest = new Map<Node, boolean>();
    for (const entry of entries) latest.set(entry.target, entry.isIntersecting);
    for (const [block, inView] of latest) {
      if (!this.watched.has(block)) continue;
      if (inView && !this.seen.has(block)) {
        this.seen.add(block);
        shown.push(block);
      } else if (!inView && this.seen.has(block)) {
        this.seen.delete(block);
        hidden.push(block);
      }
    }
    if (shown.length > 0 || hidden.length > 0) this.onChange(shown, hidden);
  }
}
