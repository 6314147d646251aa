/** How long a revealed citation stays flashed. */
export const FLASH_MS = 1600;

type HighlightWindow = Window & { Highlight?: typeof Highlight; CSS?: { highlights?: HighlightRegistry } };

/**
 * Flashes one range for a moment (a citation the popup revealed) under the `mcxref-flash` highlight.
 * `signal` ends it: the highlight and its timer go with the page's session.
 */
export class Flash {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly win: Window | null,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.clear(), { once: true });
  }

  show(range: Range): void {
    const win = this.win as HighlightWindow | null;
    const registry = win?.CSS?.highlights;
    if (!registry || !win?.Highlight || this.signal.aborted) return;
    this.clear();
    registry.set('mcxref-flash', new win.Highlight(range));
    this.timer = setTimeout(() => this.clear(), FLASH_MS);
  }

  clear(): void {
    (this.win as HighlightWindow | null)?.CSS?.highlights?.delete('mcxref-flash');
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
