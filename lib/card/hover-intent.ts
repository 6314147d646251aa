/** How long the card stays after the pointer leaves both the citation and the card. */
export const HIDE_DELAY_MS = 300;

/** What the hover intent needs to know of the card that is open, if any. */
export interface OpenState {
  /** Which citations it shows (see `HoverIntentOptions.keyOf`). */
  key: string;
  /** Opened by the keyboard (focus moved into it): leaving the citation alone does not hide it. */
  autoFocus: boolean;
}

/** The card as the hover intent drives it (lib/card/open-card.ts; tests pass a fake). */
export interface HoverCard<T> {
  /** The open card, or null. */
  readonly state: OpenState | null;
  /** True when `node` is the card's host or inside it. */
  contains(node: Node | null): boolean;
  /** True when a card about to hide must stay (the reader is typing or tabbing in it). */
  holdsFocus(): boolean;
  /** Opens the card of what the pointer rested on. */
  open(targets: T[]): void;
  close(restoreFocus: false): void;
}

export interface HoverIntentOptions<T> {
  doc: Document;
  /** What lies under a point (citations of enabled kinds), empty when nothing does. */
  at: (x: number, y: number) => T[];
  keyOf: (targets: T[]) => string;
  /** Read on every use so a changed setting applies at once. */
  delayMs: () => number;
  card: HoverCard<T>;
  /** Removes every listener and cancels every timer. */
  signal: AbortSignal;
}

/** What the card's owner does with the hover intent. */
export interface HoverIntent {
  /** Makes `card` part of the hover area until `signal` aborts (the card element changes per card). */
  watchCard(card: HTMLElement, signal: AbortSignal): void;
  /** Forgets a pending open and hide (the card was closed, or opened by other means). */
  cancel(): void;
}

/**
 * Decides from the pointer when a card should open, stay and hide. A citation under the pointer for
 * the hover delay opens its card, which stays while the pointer is on the citation or the card and
 * hides a moment after it leaves both; a press elsewhere closes it at once. A reader selecting text
 * (a button held down) is not asking for a card. Only trusted events count: a page can dispatch any
 * event it likes, but not a trusted one. No card code here: its outputs are `card.open`/`card.close`.
 */
export function hoverIntent<T>({ doc, at, keyOf, delayMs, card, signal }: HoverIntentOptions<T>): HoverIntent {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let pendingKey = '';
  let hideTimer: ReturnType<typeof setTimeout> | null = null;
  let frame = 0;
  let lastPoint: { x: number; y: number; target: EventTarget | null } | null = null;

  const cancelOpen = () => {
    clearTimeout(openTimer);
    pendingKey = '';
  };
  const cancelHide = () => {
    if (hideTimer !== null) clearTimeout(hideTimer);
    hideTimer = null;
  };
  const cancel = () => {
    cancelOpen();
    cancelHide();
  };
  const scheduleHide = () => {
    if (!card.state || hideTimer !== null || signal.aborted) return;
    hideTimer = setTimeout(() => {
      hideTimer = null;
      if (!card.holdsFocus()) card.close(false);
    }, HIDE_DELAY_MS);
  };

  /** Decides, once per frame, what the pointer is on and whether a card should open, stay or hide. */
  const track = () => {
    frame = 0;
    const point = lastPoint;
    if (!point || signal.aborted) return;
    if (card.contains(point.target as Node)) return cancelHide();
    const found = at(point.x, point.y);
    const open = card.state;
    if (found.length === 0) {
      cancelOpen();
      if (open && !open.autoFocus) scheduleHide();
      return;
    }
    const key = keyOf(found);
    if (open?.key === key) return cancelHide();
    if (pendingKey === key) return;
    cancelOpen();
    pendingKey = key;
    openTimer = setTimeout(() => {
      pendingKey = '';
      card.open(found);
    }, delayMs());
  };

  const opts = { capture: true, passive: true, signal };
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (!event.isTrusted) return;
      if (event.buttons !== 0 && !card.contains(event.target as Node)) return cancelOpen();
      lastPoint = { x: event.clientX, y: event.clientY, target: event.target };
      frame ||= requestAnimationFrame(track);
    },
    opts,
  );
  doc.addEventListener('pointerdown', (e) => e.isTrusted && card.state && !card.contains(e.target as Node) && card.close(false), opts);
  doc.documentElement.addEventListener('pointerleave', (e) => e.isTrusted && scheduleHide(), opts);
  // A frame already requested finds the signal aborted and does nothing.
  signal.addEventListener('abort', cancel, { once: true });

  return {
    watchCard(el, cardSignal) {
      el.addEventListener('pointerleave', (e) => e.isTrusted && scheduleHide(), { signal: cardSignal });
      el.addEventListener('pointerenter', (e) => e.isTrusted && cancelHide(), { signal: cardSignal });
    },
    cancel,
  };
}
