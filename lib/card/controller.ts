import { hoverIntent } from './hover-intent';
import { keyOf, openCard, type OpenCard, type ReadAt } from './open-card';
import type { CardPort } from './port';
import { walk, type Walk } from './walk';
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

/** The hover card on one page, as a session holds it. */
export interface CardController {
  /** The card on screen and its actions. */
  readonly card: OpenCard;
  /** The keyboard's way to the cards. */
  readonly walk: Walk;
  /** Closes the card, removes its host, and removes every listener and timer the parts added. */
  destroy(): void;
}

/**
 * Wires the hover intent (pointer), the walk (keyboard) and the open card together, with one
 * abort that removes every listener and timer they added.
 */
export function cardController(deps: CardDeps): CardController {
  const { doc, registry, settings } = deps;
  const life = new AbortController();
  const { signal } = life;
  const card: OpenCard = openCard({
    doc,
    ui: deps.ui,
    port: deps.port,
    lang: () => settings().lang,
    pageOf: deps.pageOf,
    onMount: (el, cardSignal) => hover.watchCard(el, cardSignal),
    onClose: () => hover.cancel(),
  });
  const hover = hoverIntent<Found>({
    doc,
    at: (x, y) => citationsAtPoint(registry, doc, x, y, deps.shadowRoots(), settings().isEnabled),
    keyOf,
    delayMs: () => settings().hoverDelayMs,
    card,
    signal,
  });
  // A change from another tab or the popup updates the open card; the port keeps our own changes out.
  deps.port.onSavedChanged((changed) => void card.refreshSaved(changed), signal);
  return {
    card,
    walk: walk({ doc, registry, isEnabled: (f) => settings().isEnabled(f), card, signal }),
    destroy() {
      life.abort();
      card.destroy();
    },
  };
}
