import { h } from 'preact';
import { HoverCard, NoCitationCard } from '../../../components/card/HoverCard';
import { CardHost } from './host';
import { followReference, rangeReference } from './position';
import type { CardHostApi, CardUi } from './types';

/** Builds the card UI the content script asks for (see types.ts). */
export function createCardUi(): CardUi {
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
    follow: (anchor, card) => followReference(rangeReference(anchor), card),
  };
}
