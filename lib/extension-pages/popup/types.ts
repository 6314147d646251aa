import type { ExportFormat, PageCitations, SavedItem } from '../../core/messages';
import type { CitationKind } from '../../core/detect/types';

/** The saved list as the popup knows it. */
export type SavedListState =
  | { status: 'loading' }
  /** `complete` is false while only the first screen (the most recent items) has arrived; `total` counts them all. */
  | { status: 'ready'; items: SavedItem[]; total: number; complete: boolean }
  | { status: 'error'; message: string };

/** The current tab's citations. */
export type PageState =
  | { status: 'loading' }
  | { status: 'ready'; page: PageCitations }
  | { status: 'unavailable'; message: string; tabId?: number }
  /** The tab shows a PDF in the browser's own viewer, where no extension can read: offer the reader. */
  | { status: 'pdf'; url: string; tabId: number };

/** A message under the toolbar; `undo` adds an Undo button (after a removal). */
export interface Notice {
  text: string;
  kind: 'info' | 'error';
  undo?: () => void;
}

/**
 * Everything the popup can ask for. The components call these and never talk to the browser,
 * so they render the same in tests, the benchmark and the extension.
 */
export interface PopupActions {
  update(id: string, note: string, tags: string[]): Promise<boolean>;
  remove(item: SavedItem): void;
  save(citation: { id: string; kind: CitationKind; title: string }): void;
  unsave(id: string): void;
  reveal(id: string): void;
  /** Reopens the tab's PDF in the mc-xref reader. */
  openInReader(url: string): void;
  exportAs(format: ExportFormat): void;
  importFile(file: File): void;
  clear(): void;
}

/** The popup's "highlight citations on this site" switch. */
export type SiteToggleState =
  /** Not shown: the tab's address is still being asked for, or the tab shows something else (a PDF). */
  | { status: 'hidden' }
  /** Not a web page: there is no site to switch off. */
  | { status: 'unavailable' }
  /** `enabled` is null until the settings are read; `message` says what the last click did. */
  | { status: 'ready'; site: string; enabled: boolean | null; message: string };
