import { browser } from 'wxt/browser';
import { watchKey } from '../storage-watch';
import { SETTINGS_KEY, applyPatch, parseSettings, type Settings, type SettingsPatch } from '../../core/settings';

/** The storage areas settings may live in. */
export type SettingsAreaName = 'sync' | 'local';

/**
 * Picks `storage.sync` when the browser has a working one, so a reader's choices follow them to
 * their other computers; otherwise `storage.local`. Some browsers lack the area, and Firefox
 * rejects every call while `webextensions.storage.sync.enabled` is false, so availability is
 * probed with a real read rather than a property check. Asked afresh each time because a
 * service worker or content script keeps no state worth trusting.
 */
export async function settingsAreaName(): Promise<SettingsAreaName> {
  const sync = (browser.storage as { sync?: { get(key: string): Promise<unknown> } }).sync;
  if (!sync) return 'local';
  try {
    await sync.get(SETTINGS_KEY);
    return 'sync';
  } catch {
    return 'local';
  }
}

function area(name: SettingsAreaName) {
  return name === 'sync' ? browser.storage.sync : browser.storage.local;
}

/**
 * The reader's settings, valid whatever is stored: a missing, outdated or hand-edited value
 * falls back to its default field by field (see parseSettings). Usable from content scripts and
 * extension pages alike.
 */
export async function getSettings(): Promise<Settings> {
  const name = await settingsAreaName();
  const stored = await area(name).get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Changes some settings and stores the result. Updates from one page run one after another, so
 * two quick clicks cannot overwrite each other's change; pass a function of the current settings
 * when the change depends on them (toggling a site). Rejects with InvalidSettingError for a
 * value the schema refuses, or with the browser's own error when storing fails (for instance the
 * sync quota of 8 KB per item).
 */
export function updateSettings(patch: SettingsPatch | ((current: Settings) => SettingsPatch)): Promise<Settings> {
  const run = async () => {
    const name = await settingsAreaName();
    const stored = await area(name).get(SETTINGS_KEY);
    const current = parseSettings(stored[SETTINGS_KEY]);
    const next = applyPatch(current, typeof patch === 'function' ? patch(current) : patch);
    await area(name).set({ [SETTINGS_KEY]: next });
    return next;
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/** Called with the new and the previous settings after any context stores a change. */
export type SettingsListener = (next: Settings, previous: Settings) => void;

/**
 * Calls `listener` whenever the settings change, in whichever tab, page or window the change was
 * made: this is how open pages react to the options page and the popup without a reload. Stops
 * when `signal` aborts.
 */
export function watchSettings(listener: SettingsListener, signal: AbortSignal): void {
  watchKey(SETTINGS_KEY, ['sync', 'local'], (change) => listener(parseSettings(change.newValue), parseSettings(change.oldValue)), signal);
}
