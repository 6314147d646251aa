import type { HoverCardProps } from '../../../components/card/HoverCard';
import type { CardLabels } from '../../core/card-labels';

/**
 * The card's user interface (Preact, Floating UI and the card component), kept out of the content
 * script that runs on every page: the background injects it into a frame the first time a card
 * opens there (see lib/card/loader.ts). This is the contract between the two bundles, so
 * it holds types only.
 */
export interface CardUi {
  /** `onLost` runs when the page removes or tampers with the host (a new one is made on the next render). */
  createHost(doc: Document, onLost: () => void): CardHostApi;
  /** Keeps `card` beside `anchor` until the returned function is called. */
  follow(anchor: Range, card: HTMLElement): () => void;
}

/** The one element the extension adds to a page, holding the card in its shadow root. */
export interface CardHostApi {
  readonly element: HTMLElement | null;
  readonly card: HTMLElement | null;
  contains(node: Node | null): boolean;
  /** True when focus is inside the card. */
  hasFocus(): boolean;
  renderCard(props: HoverCardProps): void;
  renderNoCitation(props: { lang?: string; labels: CardLabels; onClose: () => void; autoFocus: boolean }): void;
  clear(): void;
  destroy(): void;
}

/**
 * Where the injected bundle leaves its API, in the content scripts' isolated world: the one place
 * the contract between entrypoints/card-ui.ts (which sets it) and lib/card/loader.ts (which reads it)
 * is typed.
 */
declare global {
  var __mcxrefCardUi: CardUi | undefined;
}
