import { h } from 'preact';
import { HoverCard, NoCitationCard } from '../../../components/card/HoverCard';
import { CardHost } from './host';
import { followReference, rangeReference, type Insets } from './position';
import type { CardHostApi, CardUi } from './types';

/**
 * Builds the card UI the content script asks for (see types.ts). `keepClear` gives the bands at the
 * top and bottom of the window the card must not cover (the reader's toolbar and status line); a web
 * page has none.
 */
export function createCardUi(keepClear?: () => Insets): CardUi {
  return {
    createHost(doc: Document, onLost: () => void): CardHostApi {
      const host = new CardHost(doc, onLost);
      return {
        get element() {
          return host.element;
        },
        get card() {
          return host.card;
        },
        contains: (node) => host.contains(node),
        hasFocus: () => host.hasFocus(),
        renderCard: (props) => host.render(h(HoverCard, props)),
        renderNoCitation: (props) => host.render(h(NoCitationCard, props)),
        clear: () => host.clear(),
        destroy: () => host.destroy(),
      };
    },
    follow: (anchor, card) => followReference(rangeReference(anchor), card, keepClear),
  };
}
