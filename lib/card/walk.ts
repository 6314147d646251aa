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

/** The keyboard's way to the cards. */
export interface Walk {
  /** Opens the next citation after the last one visited (wrapping), scrolled into view, with focus in its card. */
  next(step?: 1 | -1): Promise<boolean>;
  /** Scrolls a citation into view and opens its card; `autoFocus` moves focus into the card. */
  reveal(found: Found, options: { autoFocus: boolean }): Promise<boolean>;
}

/**
 * `next()` walks the page's citations in order and opens each card with focus in it; `reveal()`
 * scrolls one into view and opens its card; Esc closes the card and gives focus back where it was.
 */
export function walk({ doc, registry, isEnabled, card, signal }: WalkOptions): Walk {
  let cursor: Found | null = null;
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Escape' || !card.state) return;
      event.stopPropagation();
      card.close(true);
    },
    { capture: true, signal },
  );
  const reveal = async (found: Found, options: { autoFocus: boolean }) => {
    cursor = found;
    const range = liveRange(found);
    const rect = range.getBoundingClientRect();
    const view = doc.defaultView!;
    if (rect.top < 0 || rect.bottom > view.innerHeight || rect.left < 0 || rect.right > view.innerWidth) {
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    const returnFocus = card.state?.returnFocus ?? (doc.activeElement as Element | null);
    await card.show([found], range, { autoFocus: options.autoFocus, returnFocus });
    return true;
  };
  return {
    reveal,
    async next(step = 1) {
      const target = nextCitation(registry.ordered().filter(isEnabled), cursor, step);
      return target ? reveal(target, { autoFocus: true }) : false;
    },
  };
}
