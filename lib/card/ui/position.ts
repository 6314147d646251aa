import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

/** A virtual reference for Floating UI built from a range (citations are ranges, not elements). */
export function rangeReference(range: Range): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: (range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement) ?? undefined,
  };
}

/**
 * Keeps `card` next to `reference` while it is open: below the citation, flipped above when there
 * is no room, shifted to stay inside the window, and never taller than the space on its side, so it
 * never covers the citation it describes; hidden while the citation is scrolled out of view.
 * Returns the function that stops following.
 */
export function followReference(reference: VirtualElement, card: HTMLElement): () => void {
  const update = () => {
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        inline(),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
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
