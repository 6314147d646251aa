import { CITATION_KINDS, type CitationKind } from '../detect/types';
import { highlightName, type HighlightStyle } from '../settings';
import type { Found, Registry } from './registry';

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
    this.unsubscribe = source.onChange((added, removed) => this.apply(added, removed));
    this.apply(source.all(), []);
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
