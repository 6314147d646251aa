// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDE_DELAY_MS, hoverIntent, type HoverCard, type OpenState } from './hover-intent';

const DELAY = 200;

/** A pointer event as the browser makes it for the reader's own pointer: trusted. */
function pointer(type: string, init: { x?: number; y?: number; buttons?: number; target?: EventTarget } = {}, trusted = true): void {
  const event = new PointerEvent(type, { clientX: init.x ?? 0, clientY: init.y ?? 0, buttons: init.buttons ?? 0, bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  (init.target ?? document.body).dispatchEvent(event);
}

/**
 * A page of citations laid out on a line: the one under x is `x >> 7` (0 to 127 is "A", 128 to 255
 * "B"), nothing at x >= 256. The card is a real element in the document.
 */
function setup() {
  document.body.innerHTML = '<p id="text">A B</p><div id="card"></div>';
  const cardEl = document.getElementById('card')!;
  let open: OpenState | null = null;
  let focused = false;
  const card: HoverCard<string> & { opened: string[][]; closed: number } = {
    opened: [],
    closed: 0,
    get state() {
      return open;
    },
    contains: (node) => node === cardEl,
    holdsFocus: () => focused,
    open(targets) {
      this.opened.push(targets);
      open = { key: targets.join('|'), autoFocus: false };
    },
    close() {
      this.closed++;
      open = null;
    },
  };
  const life = new AbortController();
  const hover = hoverIntent<string>({
    doc: document,
    at: (x) => (x < 128 ? ['A'] : x < 256 ? ['B'] : []),
    keyOf: (t) => t.join('|'),
    delayMs: () => DELAY,
    card,
    signal: life.signal,
  });
  hover.watchCard(cardEl, life.signal);
  return {
    card,
    cardEl,
    life,
    setFocus: (f: boolean, autoFocus = true) => {
      focused = f;
      if (open) open.autoFocus = autoFocus;
    },
  };
}

/** Runs the next animation frame (where the pointer is read) and then `ms` of timers. */
function frameThen(ms: number): void {
  vi.advanceTimersToNextFrame();
  vi.advanceTimersByTime(ms);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('HoverIntent', () => {
  it('opens the card once the pointer has rested on a citation for the hover delay, not before', () => {
    const { card } = setup();
    pointer('pointermove', { x: 10 });
    frameThen(DELAY - 1);
    expect(card.opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(card.opened).toEqual([['A']]);
  });

  it('does not restart the delay while the pointer moves over the same citation, and restarts it on another', () => {
    const { card } = setup();
    pointer('pointermove', { x: 10 });
    frameThen(DELAY / 2);
    pointer('pointermove', { x: 20 });
    frameThen(DELAY / 2);
    expect(card.opened).toEqual([['A']]);
    card.close(false);
    // Towards B, then A before B's delay is over: A's delay starts again from there.
    pointer('pointermove', { x: 130 });
    frameThen(DELAY / 2);
    pointer('pointermove', { x: 10 });
    frameThen(DELAY - 20);
    expect(card.opened).toEqual([['A']]);
    vi.advanceTimersByTime(20);
    expect(card.opened).toEqual([['A'], ['A']]);
  });

  it('hides the card the hide delay after the pointer leaves the citation', () => {
    const { card } = setup();
    pointer('pointermove', { x: 10 });
    frameThen(DELAY);
    pointer('pointermove', { x: 300 });
    frameThen(HIDE_DELAY_MS - 1);
    expect(card.closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(card.closed).toBe(1);
  });

  it('keeps the card while the pointer moves from the citation onto the card, and hides it after it leaves the card', () => {
    const { card, cardEl } = setup();
    pointer('pointermove', { x: 10 });
    frameThen(DELAY);
    pointer('pointermove', { x: 300 });
    frameThen(HIDE_DELAY_MS / 2);
    pointer('pointerenter', { target: cardEl });
    pointer('pointermove', { x: 400, target: cardEl });
    frameThen(HIDE_DELAY_MS * 3);
    expect(card.closed).toBe(0);
    expect(card.state?.key).toBe('A');
    pointer('pointerleave', { target: cardEl });
    vi.advanceTimersByTime(HIDE_DELAY_MS);
    expect(card.closed).toBe(1);
  });

  it('keeps a card the reader is typing in when the pointer leaves it', () => {
    const { card, cardEl, setFocus } = setup();
    pointer('pointermove', { x: 10 });
    frameThen(DELAY);
    setFocus(true);
    pointer('pointerleave', { target: cardEl });
    vi.advanceTimersByTime(HIDE_DELAY_MS * 2);
    expect(card.closed).toBe(0);
  });

  it('ignores events the page dispatched (untrusted)', () => {
    const { card } = setup();
    pointer('pointermove', { x: 10 }, false);
    frameThen(DELAY * 2);
    expect(card.opened).toEqual([]);
    pointer('pointermove', { x: 10 });
    frameThen(DELAY);
    pointer('pointerdown', { x: 300 }, false);
    pointer('pointermove', { x: 300 }, false);
    frameThen(HIDE_DELAY_MS * 2);
    expect(card.closed).toBe(0);
  });

  it('opens nothing while a button is held (selecting or dragging text), and closes on a press elsewhere', () => {
    const { card, cardEl } = setup();
    pointer('pointermove', { x: 10, buttons: 1 });
    frameThen(DELAY * 2);
    expect(card.opened).toEqual([]);
    // A drag that started outside and crosses a citation cancels the pending open.
    pointer('pointermove', { x: 10 });
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(DELAY / 2);
    pointer('pointermove', { x: 12, buttons: 1 });
    vi.advanceTimersByTime(DELAY * 2);
    expect(card.opened).toEqual([]);
    // Open one, then press on the card (stays) and elsewhere (closes at once).
    pointer('pointermove', { x: 10 });
    frameThen(DELAY);
    expect(card.opened).toEqual([['A']]);
    pointer('pointerdown', { target: cardEl });
    expect(card.closed).toBe(0);
    pointer('pointerdown', { x: 300 });
    expect(card.closed).toBe(1);
  });

  it('stops listening and cancels its timers on abort', () => {
    const { card, life } = setup();
    pointer('pointermove', { x: 10 });
    vi.advanceTimersToNextFrame();
    life.abort();
    vi.advanceTimersByTime(DELAY * 2);
    pointer('pointermove', { x: 130 });
    frameThen(DELAY * 2);
    expect(card.opened).toEqual([]);
  });
});
