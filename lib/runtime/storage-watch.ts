import { browser } from 'wxt/browser';
import { listen } from './listen';

/** One key's change, as `storage.onChanged` reports it: values as stored, never trusted. */
export interface KeyChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/**
 * Calls `onChange` whenever any context stores `key` in one of `areas`, until `signal` aborts: the
 * one storage listener behind watchSettings, watchPdfLinks, onSavedChanged and the popup's recovery
 * notice.
 */
export function watchKey(key: string, areas: readonly string[], onChange: (change: KeyChange) => void, signal: AbortSignal): void {
  listen(browser.storage.onChanged, (changes: Record<string, KeyChange>, area: string) => areas.includes(area) && changes[key] && onChange(changes[key]), signal);
}
