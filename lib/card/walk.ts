import type { OpenCard } from './open-card';
import { liveRange } from '../page/hit-test';
import { nextCitation } from '../page/navigator';
import type { Found, Registry } from '../page/registry';

export interface WalkOptions {
  doc: Document;
  registry: Registry;
  /** Which citations count (kinds switched off are skipped), read on every use. */
  isEnabled: (f: Found) => boolean;
  card: OpenCard;
  signal: AbortSignal;
}

/**
 * The keyboard's way to the cards: `next()` walks the page's citations in order and opens each card
 * with focus in it; `reveal()` scrolls one into view and opens its card; Esc closes the card and
 * gives focus back where it was.
 */
export class Walk {
  private cursor: Found | null = null;

  constructor(private readonly o: WalkOptions) {
    o.doc.addEventListener('keydown', (e) => e.isTrusted && this.onKeyDown(e), { capture: true, signal: o.signal });
  }

  /** Opens the next citation after the last one visited (wrapping), scrolled into view, with focus in its card. */
  async next(step: 1 | -1 = 1): Promise<boolean> {
    const enabled = this.o.registry.ordered().filter((f) => this.o.isEnabled(f));
    const target = nextCitation(enabled, this.cursor, step);
    return target ? this.reveal(target, { autoFocus: true }) : false;
  }

  /** Scrolls a citation into view and opens its card; `autoFocus` moves focus into the card. */
  async reveal(found: Found, options: { autoFocus: boolean }): Promise<boolean> {
    this.cursor = found;
    const range = liveRange(found);
    const rect = range.getBoundingClientRect();
    const view = this.o.doc.defaultView!;
    if (rect.top < 0 || rect.bottom > view.innerHeight || rect.left < 0 || rect.right > view.innerWidth) {
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    const returnFocus = this.o.card.state?.returnFocus ?? (this.o.doc.activeElement as Element | null);
    await this.o.card.show([found], range, { autoFocus: options.autoFocus, returnFocus });
    return true;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.o.card.state) return;
    event.stopPropagation();
    this.o.card.close(true);
  }
}
