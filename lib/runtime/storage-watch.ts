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
  signal?.addEventListener('abort', () => own.abort(), { once: true });
  listen(browser.storage.onChanged, (changes: Record<string, KeyChange>, area: string) => areas.includes(area) && changes[key] && onChange(changes[key]), signal?.aborted ? signal : own.signal);
  return () => own.abort();
}
