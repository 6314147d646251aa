import { importBundle, onceUntilFailure } from '../page/bundles';
import type { CardUi } from './ui/types';

/**
 * The card UI (Preact, Floating UI and the card), imported from `card-ui.js` the first time a card
 * opens in this frame (lib/page/bundles.ts). Pages that never show a card never load it, and it
 * needs no permission beyond the content script's own.
 */
export const loadCardUi: () => Promise<CardUi> = onceUntilFailure(() => importBundle('/card-ui.js', () => globalThis.__mcxrefCardUi));
