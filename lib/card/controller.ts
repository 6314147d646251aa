import { HoverIntent } from './hover-intent';
import { keyOf, OpenCard, type ReadAt } from './open-card';
import type { CardPort } from './port';
import { Walk } from './walk';
import type { CardUi } from './ui/types';
import { citationsAtPoint } from '../page/hit-test';
import type { Found, Registry } from '../page/registry';

/** What the card needs from the page it runs on; the extension itself is reached through `port`. */
export interface CardDeps {
  doc: Document;
  /** The card's UI bundle, loaded on first use. */
  ui: () => Promise<CardUi>;
  port: CardPort;
  registry: Registry;
  shadowRoots: () => ShadowRoot[];
  /** Where a citation was read, as a save records it. */
  pageOf: (found: Found | null) => ReadAt;
  /** Live settings: read on every use so changes apply without a reload. */
  settings: () => { hoverDelayMs: number; lang: string; isEnabled: (f: Found) => boolean };
}

/**
 * The hover card on one page: the hover intent (pointer), the walk (keyboard) and the open card,
 * wired together, with one abort that removes every listener and timer they added.
 */
export class CardController {
  private readonly life = new AbortController();
  private readonly card: OpenCard;
  private readonly walk: Walk;
  private readonly doc: Document;

  constructor(deps: CardDeps) {
    const { doc, registry, settings } = deps;
    const signal = this.life.signal;
    this.doc = doc;
    this.card = new OpenCard({
      doc,
      ui: deps.ui,
      port: deps.port,
      lang: () => settings().lang,
      pageOf: deps.pageOf,
      onMount: (card, cardSignal) => hover.watchCard(card, cardSignal),
      onClose: () => hover.cancel(),
    });
    const hover: HoverIntent<Found> = new HoverIntent<Found>({
      doc,
      at: (x, y) => citationsAtPoint(registry, doc, x, y, deps.shadowRoots(), settings().isEnabled),
      keyOf,
      delayMs: () => settings().hoverDelayMs,
      card: this.card,
      signal,
    });
    this.walk = new Walk({ doc, registry, isEnabled: (f) => settings().isEnabled(f), card: this.card, signal });
    // A change from another tab or the popup updates the open card; the port keeps our own changes out.
    deps.port.onSavedChanged((changed) => void this.card.refreshSaved(changed), signal);
  }

  /** The ids of the open card (for tests and the popup). */
  get openIds(): string[] {
    return this.card.ids;
  }

  next(step: 1 | -1 = 1): Promise<boolean> {
    return this.walk.next(step);
  }

  reveal(found: Found, options: { autoFocus: boolean }): Promise<boolean> {
    return this.walk.reveal(found, options);
  }

  /** Opens the card for citations found in a selection (context menu), or says none was recognised. */
  showForSelection(found: Found[], anchor: Range): Promise<void> {
    const returnFocus = this.doc.activeElement as Element | null;
    return this.card.show(found, anchor, { autoFocus: true, returnFocus });
  }

  relocalise(): Promise<void> {
    return this.card.relocalise();
  }

  close(restoreFocus: boolean): void {
    this.card.close(restoreFocus);
  }

  destroy(): void {
    this.life.abort();
    this.card.destroy();
  }
}
