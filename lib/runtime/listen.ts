/**
 * The shape every `browser.*` event shares (runtime.onMessage, storage.onChanged, …). DOM targets take
 * `{ signal }` themselves; browser events do not, so `listen()` gives them the same contract.
 */
export interface BrowserEvent<F extends (...args: never[]) => unknown> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}

/**
 * Adds `listener` to a browser event until `signal` aborts: one `abort()` on teardown removes every
 * listener a component added, DOM and browser alike. Returns nothing to keep: the signal is the handle.
 */
export function listen<F extends (...args: never[]) => unknown>(event: BrowserEvent<F>, listener: F, signal: AbortSignal): void {
  if (signal.aborted) return;
  event.addListener(listener);
  signal.addEventListener('abort', () => event.removeListener(listener), { once: true });
}
