import { CITATION_KINDS, type CitationKind } from '../detect/types';
import { highlightName, type HighlightStyle } from '../settings';
import type { Found, Registry } from './registry';

/** Longest wait before queued highlight changes are painted while the page is being scanned. */
export const REPAINT_INTERVAL_MS = 400;

/**
 * Paints found citations with the CSS Custom Highlight API: one Highlight per kind, registered under
 * a prefixed name that entrypoints/content/highlights.css styles. The page's DOM is never touched.
 * Where the API is missing the citations are still found and hoverable, just not painted.
 */
export class Highlighter {
  private readonly highlights = new Map<CitationKind, Highlight>();
  private style: HighlightStyle;
  private enabled: Record<CitationKind, boolean>;
  private readonly unsubscribe: () => void;
  private readonly registry: HighlightRegistry | undefined;
  private pendingAdd = new Set<Found>();
  private pendingRemove = new Set<Found>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private flushed = false;

  constructor(
    private readonly source: Registry,
    options: { style: HighlightStyle; kinds: Record<CitationKind, boolean> },
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
    this.unsubscribe = source.onChange((added, removed) => this.queue(added, removed));
    this.apply(source.all(), []);
  }

  /** Applies every queued change now (the scanner calls this when it has caught up). */
  flush(): void {
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const added = [...this.pendingAdd];
    const removed = [...this.pendingRemove];
    this.pendingAdd.clear();
    this.pendingRemove.clear();
    this.apply(added, removed);
    this.flushed = true;
  }

  /**
   * Changes are gathered and applied together: every change to a registered highlight makes the
   * browser repaint the page, and on a long page a repaint after each slice of scanning costs more
   * than the scanning. The first batch goes out at once so the top of the page paints early.
   */
  private queue(added: Found[], removed: Found[]): void {
    for (const f of added) this.pendingAdd.add(f);
    // A citation found and dropped within one batch (text a framework re-rendered) is never painted.
    for (const f of removed) if (!this.pendingAdd.delete(f)) this.pendingRemove.add(f);
    if (this.flushTimer !== null) return;
    this.flushTimer = setTimeout(() => this.flush(), this.flushed ? REPAINT_INTERVAL_MS : 0);
  }

  /** Switches style or kinds: ranges move between names; nothing is re-read. */
  configure(options: { style: HighlightStyle; kinds: Record<CitationKind, boolean> }): void {
    this.unregister();
    this.style = options.style;
    this.enabled = { ...options.kinds };
    this.register();
  }

  /** Removes every highlight this instance registered. */
  destroy(): void {
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.unsubscribe();
    this.unregister();
    for (const h of this.highlights.values()) h.clear();
  }

  private apply(added: Found[], removed: Found[]): void {
    for (const f of removed) this.highlights.get(f.citation.kind)?.delete(f.range);
    for (const f of added) this.highlights.get(f.citation.kind)?.add(f.range);
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
