import type { Settings, SettingsPatch } from '../../core/settings';

/** The options page's status line: whether the last change was saved, and why not. */
export interface OptionsStatus {
  text: string;
  error: boolean;
}

/** What the options page shows; `settings` is null until they are read. */
export interface OptionsState {
  settings: Settings | null;
  status: OptionsStatus | null;
  /** "Open PDF links in the mc-xref reader". */
  pdfLinks: boolean;
}

/**
 * Everything the options page can ask for. The components call these and never touch storage,
 * so they render the same in tests and in the extension.
 */
export interface OptionsActions {
  /** Saves a change at once. */
  change(patch: SettingsPatch): void;
  /** A value the form refused to save, as a sentence for the status line. */
  invalid(message: string): void;
  setPdfLinks(on: boolean): void;
  /** Turns the extension back on for `site`. */
  removeSite(site: string): void;
}
