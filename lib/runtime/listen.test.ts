import { describe, expect, it } from 'vitest';
import { listen, type BrowserEvent } from './listen';

function fakeEvent() {
  const listeners = new Set<(n: number) => void>();
  const event: BrowserEvent<(n: number) => void> = { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) };
  return { event, listeners, fire: (n: number) => listeners.forEach((l) => l(n)) };
}

describe('listen', () => {
  it('delivers events until the signal aborts, then removes the listener', () => {
    const { event, listeners, fire } = fakeEvent();
    const abort = new AbortController();
    const seen: number[] = [];
    listen(event, (n) => seen.push(n), abort.signal);
    fire(1);
    abort.abort();
    fire(2);
    expect(seen).toEqual([1]);
    expect(listeners.size).toBe(0);
  });

  it('adds nothing when the signal has already aborted', () => {
    const { event, listeners } = fakeEvent();
    const abort = new AbortController();
    abort.abort();
    listen(event, () => undefined, abort.signal);
    expect(listeners.size).toBe(0);
  });

  it('one abort removes every listener added with the signal', () => {
    const a = fakeEvent();
    const b = fakeEvent();
    const abort = new AbortController();
    listen(a.event, () => undefined, abort.signal);
    listen(b.event, () => undefined, abort.signal);
    abort.abort();
    expect(a.listeners.size + b.listeners.size).toBe(0);
  });
});
