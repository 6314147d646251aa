import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

/** A virtual reference for Floating UI built from a range (citations are ranges, not elements). */
export function rangeReference(range: Range): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: (range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement) ?? undefined,
  };
}

/** Bands at the top and bottom of the window, in CSS pixels, that the card keeps clear of. */
export interface Insets {
  top: number;
  bottom: number;
}

/**
 * Keeps `card` next to `reference` while it is open: below the citation, flipped above when there
 * is no room, shifted to stay inside the window, and never taller than the space on its side, so it
 * never covers the citation it describes; hidden while the citation is scrolled out of view.
 * Returns the function that stops following.
 */
export function followReference(reference: VirtualElement, card: HTMLElement, keepClear?: () => Insets): () => void {
  const update = () => {
    const clear = keepClear?.() ?? { top: 0, bottom: 0 };
    const padding = { top: 8 + clear.top, bottom: 8 + clear.bottom, left: 8, right: 8 };
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        inline(),
        flip({ padding }),
        shift({ padding }),
        size({
          padding,
          apply({ availableHeight, availableWidth }) {
            card.style.maxHeight = `${Math.max(120, Math.min(460, availableHeight))}px`;
            card.style.maxWidth = `${Math.max(200, Math.min(380, availableWidth))}px`;
          },
        }),
        hide(),
      ],
    }).then(({ x, y, middlewareData }) => {
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
      // Scrolled out of view, the citation takes its card with it rather than leaving it stranded.
      card.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
    });
  };
  return autoUpdate(reference, card, update, { animationFrame: false });
}
