import { browser } from 'wxt/browser';
import { listen } from './listen';

/** One key's change, as `storage.onChanged` reports it: values as stored, never trusted. */
export interface KeyChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/**
 * Calls `onChange` whenever any context stores `key` in one of `areas`: the one storage listener
 * behind watchSettings, watchPdfLinks, onSavedChanged and the popup's recovery notice. It stops when
 * `signal` aborts; it also returns a function that stops it, for callers that keep a handle instead
 * of a signal (lib/page/start.ts, the reader).
 */
export function watchKey(key: string, areas: readonly string[], onChange: (change: KeyChange) => void, signal?: AbortSignal): () => void {
  const own = new AbortController();
  const stop = () => own.abort();
  if (signal?.aborted) stop();
  else signal?.addEventListener('abort', stop, { once: true, signal: own.signal });
  listen(
    browser.storage.onChanged,
    (changes: Record<string, KeyChange>, area: string) => {
      const change = areas.includes(area) ? changes[key] : undefined;
      if (change) onChange(change);
    },
    own.signal,
  );
  return stop;
}
