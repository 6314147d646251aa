import type { Citation, CitationKind } from '../core/detect/types';

/** One citation painted on the page: what it is and where. */
export interface Found {
  citation: Citation;
  /** The printed citation in the page. Static: it costs nothing when the page changes elsewhere. */
  range: StaticRange;
  /** The run of text it was read from; dropping a run drops its citations. */
  block: Node;
  /** The text nodes the range covers (for hit-testing from a caret position). */
  nodes: Text[];
  /** The run's text; `citation.start`/`end` are offsets into it (kept for the sentence a save records). */
  source: string;
}

/**
 * Everything found on the page, indexed three ways: by run (so a changed run is re-read alone), by
 * text node (so the pointer's caret position finds its citations), and by kind (for painting).
 * Listeners hear about each batch of additions and removals, which the highlighter mirrors.
 */
export class Registry {
  private readonly byBlock = new Map<Node, Found[]>();
  private readonly byNode = new WeakMap<Text, Found[]>();
  private readonly listeners = new Set<(added: Found[], removed: Found[]) => void>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  onChange(listener: (added: Found[], removed: Found[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Adds the citations of one run of `block` (a block may hold several runs). Callers re-reading a
   * subtree call `dropWithin` first.
   */
  add(block: Node, found: Found[]): void {
    if (found.length === 0) return;
    const list = this.byBlock.get(block);
    if (list) list.push(...found);
    else this.byBlock.set(block, [...found]);
    for (const f of found) {
      for (const node of f.nodes) {
        const entries = this.byNode.get(node);
        if (entries) entries.push(f);
        else this.byNode.set(node, [f]);
      }
    }
    this.count += found.length;
    this.emit(found, []);
  }

  /** Forgets every run inside `root` (itself included), and any run no longer in a document. */
  dropWithin(root: Node | null): void {
    const removed: Found[] = [];
    for (const [block, found] of this.byBlock) {
      if ((root && (root === block || root.contains(block))) || !block.isConnected) {
        this.byBlock.delete(block);
        for (const f of found) this.unindex(f);
        removed.push(...found);
      }
    }
    this.count -= removed.length;
    if (removed.length > 0) this.emit([], removed);
  }

  clear(): void {
    const removed = this.all();
    this.byBlock.clear();
    for (const f of removed) this.unindex(f);
    this.count = 0;
    if (removed.length > 0) this.emit([], removed);
  }

  /** Citations whose text covers `offset` in `node`. */
  at(node: Text, offset: number): Found[] {
    const list = this.byNode.get(node);
    if (!list) return [];
    return list.filter((f) => {
      const r = f.range;
      const afterStart = node !== r.startContainer || offset >= r.startOffset;
      const beforeEnd = node !== r.endContainer || offset < r.endOffset;
      return afterStart && beforeEnd;
    });
  }

  /** Every citation, in document order. */
  ordered(): Found[] {
    return this.all().sort(compareFound);
  }

  all(): Found[] {
    const out: Found[] = [];
    for (const found of this.byBlock.values()) out.push(...found);
    return out;
  }

  private unindex(f: Found): void {
    for (const node of f.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const i = list.indexOf(f);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.byNode.delete(node);
    }
  }

  private emit(added: Found[], removed: Found[]): void {
    for (const listener of this.listeners) listener(added, removed);
  }
}

/** Document order of two found citations (by start boundary point). */
export function compareFound(a: Found, b: Found): number {
  const an = a.range.startContainer;
  const bn = b.range.startContainer;
  if (an === bn) return a.range.startOffset - b.range.startOffset || a.citation.id.localeCompare(b.citation.id);
  const pos = an.compareDocumentPosition(bn);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  // Different trees (a shadow root and the document): order by their hosts' position.
  return 0;
}
