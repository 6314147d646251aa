import { CITATION_KINDS, type CitationKind } from '../core/detect/types';
import { highlightName, type HighlightStyle } from '../runtime/settings';
import type { Found, Registry } from './registry';
import { Visibility } from './visibility';

/** Longest wait before queued highlight changes are painted while the page is being scanned. */
export const REPAINT_INTERVAL_MS = 400;

/** What the highlighter paints, and how. */
export interface HighlighterOptions {
  style: HighlightStyle;
  kinds: Record<CitationKind, boolean>;
  /** The scrolling element whose visible part is painted (default: the viewport). */
  root?: Element | null;
}

/**
 * Paints found citations with the CSS Custom Highlight API: one Highlight per kind, registered under
 * a prefixed name that entrypoints/content/highlights.css styles. The page's DOM is never touched.
 * Only citations whose block is in or near the viewport are registered (see Visibility): Chromium
 * re-processes every registered range whenever the page changes, so a busy page must not pay for
 * ranges far off-screen. Where the API is missing the citations are still found and hoverable,
 * just not painted.
 */
export class Highlighter {
  private readonly highlights = new Map<CitationKind, Highlight>();
  private style: HighlightStyle;
  private enabled: Record<CitationKind, boolean>;
  private readonly unsubscribe: () => void;
  private readonly registry: HighlightRegistry | undefined;
  /** The citations of each block the registry holds, to paint or unpaint a block as it is scrolled to. */
  private readonly blocks = new Map<Node, Set<Found>>();
  /** The citations whose ranges are registered now. */
  private readonly painted = new Set<Found>();
  private readonly visibility: Visibility;
  private pendingAdd = new Set<Found>();
  private pendingRemove = new Set<Found>();
  private readonly emptied = new Set<Node>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private flushed = false;

  constructor(
    private readonly source: Registry,
    options: HighlighterOptions,
    win: Window = window,
  ) {
    this.style = options.style;
    this.enabled = { ...options.kinds };
    this.registry = (win as Window & { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
    const HighlightCtor = (win as Window & { Highlight?: typeof Highlight }).Highlight;
    if (this.registry && HighlightCtor) {
      for (const kind of CITATION_KINDS) this.highlights.set(kind, new HighlightCtor());
    }
    this.register();
    this.visibility = new Visibility(win, (shown, hidden) => this.onVisibility(shown, hidden), options.root ?? null);
    this.unsubscribe = source.onChange((added, removed) => this.queue(added, removed));
    this.queue(source.all(), []);
  }

  /** How many citations have their ranges registered now (the rest wait off-screen). */
  get paintedCount(): number {
    return this.painted.size;
  }

  /** Applies every queued change now (the scanner calls this when it has caught up). */
  flush(): void {
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const removed = this.pendingRemove;
    const added = this.pendingAdd;
    this.pendingRemove = new Set();
    this.pendingAdd = new Set();
    for (const f of removed) this.unpaint(f);
    for (const f of added) if (this.visibility.isSeen(f.block)) this.paint(f);
    for (const block of this.emptied) {
      if (this.blocks.get(block)?.size !== 0) continue;
      this.blocks.delete(block);
      this.visibility.unwatch(block);
    }
    this.emptied.clear();
    this.flushed = true;
  }

  /**
   * Changes are gathered and applied together: every change to a registered highlight makes the
   * browser repaint the page, and on a long page a repaint after each slice of scanning costs more
   * than the scanning. The first batch goes out at once so the top of the page paints early.
   */
  private queue(added: Found[], removed: Found[]): void {
    for (const f of added) {
      let list = this.blocks.get(f.block);
      if (!list) {
        list = new Set();
        this.blocks.set(f.block, list);
        this.visibility.watch(f.block);
      }
      list.add(f);
      this.pendingAdd.add(f);
    }
    for (const f of removed) {
      // A block left without citations is let go at the next flush: a re-read block (a framework
      // re-rendering it) gets its citations back first and stays watched, so it never flickers.
      if (this.blocks.get(f.block)?.delete(f)) this.emptied.add(f.block);
      // A citation found and dropped within one batch (text a framework re-rendered) is never painted,
      // unless scrolling painted it meanwhile: unpaint() only touches ranges really registered.
      this.pendingAdd.delete(f);
      this.pendingRemove.add(f);
    }
    if (added.length === 0 && removed.length === 0) return;
    if (this.flushTimer !== null) return;
    this.flushTimer = setTimeout(() => this.flush(), this.flushed ? REPAINT_INTERVAL_MS : 0);
  }

  /** Switches style or kinds: ranges move between names; nothing is re-read. */
  configure(options: Pick<HighlighterOptions, 'style' | 'kinds'>): void {
    this.unregister();
    this.style = options.style;
    this.enabled = { ...options.kinds };
    this.register();
  }

  /** Removes every highlight this instance registered. */
  destroy(): void {
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.unsubscribe();
    this.visibility.disconnect();
    this.unregister();
    for (const h of this.highlights.values()) h.clear();
    this.painted.clear();
    this.blocks.clear();
    this.emptied.clear();
  }

  /** Blocks scrolled near or away: their citations are painted or unpainted at once. */
  private onVisibility(shown: Node[], hidden: Node[]): void {
    for (const block of hidden) for (const f of this.blocks.get(block) ?? []) this.unpaint(f);
    for (const block of shown) for (const f of this.blocks.get(block) ?? []) this.paint(f);
  }

  private paint(f: Found): void {
    if (this.painted.has(f)) return;
    this.painted.add(f);
    this.highlights.get(f.citation.kind)?.add(f.range);
  }

  /** Only ranges really registered are deleted: every change to a highlight costs the page a repaint. */
  private unpaint(f: Found): void {
    if (!this.painted.delete(f)) return;
    this.highlights.get(f.citation.kind)?.delete(f.range);
  }

  private register(): void {
    if (!this.registry) return;
    for (const [kind, highlight] of this.highlights) {
      if (this.enabled[kind]) this.registry.set(highlightName(kind, this.style), highlight);
    }
  }

  private unregister(): void {
    if (!this.registry) return;
    for (const kind of CITATION_KINDS) this.registry.delete(highlightName(kind, this.style));
  }
}
