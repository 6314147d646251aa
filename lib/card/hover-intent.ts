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

/**
 * Decides from the pointer when a card should open, stay and hide. A citation under the pointer for
 * the hover delay opens its card, which stays while the pointer is on the citation or the card and
 * hides a moment after it leaves both; a press elsewhere closes it at once. A reader selecting text
 * (a button held down) is not asking for a card. Only trusted events count: a page can dispatch any
 * event it likes, but not a trusted one. No card code here: its outputs are `card.open`/`card.close`.
 */
export class HoverIntent<T> {
  private openTimer: ReturnType<typeof setTimeout> | null = null;
  private pendingKey = '';
  private hideTimer: ReturnType<typeof setTimeout> | null = null;
  private frame = 0;
  private lastPoint: { x: number; y: number; target: EventTarget | null } | null = null;

  constructor(private readonly o: HoverIntentOptions<T>) {
    const { doc, signal } = o;
    const opts = { capture: true, passive: true, signal };
    doc.addEventListener('pointermove', (e) => e.isTrusted && this.onPointerMove(e), opts);
    doc.addEventListener('pointerdown', (e) => e.isTrusted && this.onPointerDown(e), opts);
    doc.documentElement.addEventListener('pointerleave', (e) => e.isTrusted && this.scheduleHide(), opts);
    // A frame already requested finds the signal aborted and does nothing.
    signal.addEventListener('abort', () => this.cancel(), { once: true });
  }

  /** Makes `card` part of the hover area until `signal` aborts (the card element changes per card). */
  watchCard(card: HTMLElement, signal: AbortSignal): void {
    card.addEventListener('pointerleave', (e) => e.isTrusted && this.scheduleHide(), { signal });
    card.addEventListener('pointerenter', (e) => e.isTrusted && this.cancelHide(), { signal });
  }

  /** Forgets a pending open and hide (the card was closed, or opened by other means). */
  cancel(): void {
    this.cancelOpen();
    this.cancelHide();
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.buttons !== 0 && !this.o.card.contains(event.target as Node)) {
      this.cancelOpen();
      return;
    }
    this.lastPoint = { x: event.clientX, y: event.clientY, target: event.target };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.track();
    });
  }

  /** Decides, once per frame, what the pointer is on and whether a card should open, stay or hide. */
  private track(): void {
    const point = this.lastPoint;
    if (!point || this.o.signal.aborted) return;
    if (this.o.card.contains(point.target as Node)) {
      this.cancelHide();
      return;
    }
    const found = this.o.at(point.x, point.y);
    const open = this.o.card.state;
    if (found.length === 0) {
      this.cancelOpen();
      if (open && !open.autoFocus) this.scheduleHide();
      return;
    }
    const key = this.o.keyOf(found);
    if (open?.key === key) {
      this.cancelHide();
      return;
    }
    if (this.pendingKey === key) return;
    this.cancelOpen();
    this.pendingKey = key;
    this.openTimer = setTimeout(() => {
      this.openTimer = null;
      this.pendingKey = '';
      this.o.card.open(found);
    }, this.o.delayMs());
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.o.card.state && !this.o.card.contains(event.target as Node)) this.o.card.close(false);
  }

  private scheduleHide(): void {
    if (!this.o.card.state || this.hideTimer !== null || this.o.signal.aborted) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = null;
      if (this.o.card.holdsFocus()) return;
      this.o.card.close(false);
    }, HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  private cancelOpen(): void {
    if (this.openTimer !== null) clearTimeout(this.openTimer);
    this.openTimer = null;
    this.pendingKey = '';
  }
}
