/**
 * The typed runtime-message contract between content scripts, extension pages and the background
 * service worker. Every message is validated by its receiver; see lib/background/router.ts.
 */

import type { CitationKind } from './detect/types';

/** A sender as the runtime describes it (the fields we read). */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
}

/**
 * True when a message comes from this extension: its content scripts (sender.id is ours) or its
 * own pages. Messages from web pages through externally_connectable or from other extensions
 * carry another id and are ignored.
 */
export function isOwnSender(sender: SenderLike | undefined, ownId: string): boolean {
  return !!sender && typeof sender.id === 'string' && sender.id === ownId;
}

// ---------------------------------------------------------------------------------------------
// The saved list. The background service worker owns the database; content scripts and extension
// pages ask it with these messages (see lib/store/client.ts) and it validates each one
// (lib/background/saved-schemas.ts) before touching storage.
// ---------------------------------------------------------------------------------------------

/** A page a reference was saved from: where, what it was called, and the sentence around it. */
export interface SavedPage {
  url: string;
  title: string;
  sentence: string;
  /** When it was saved from this page (ms since epoch). */
  savedAt: number;
}

/** One reference in the reader's list, as stored, listed, exported and imported. */
export interface SavedItem {
  /** Canonical id (lib/index/ids.ts). */
  id: string;
  kind: CitationKind;
  /** The title the card showed when it was saved, so the list reads well without the index. */
  title: string;
  /** First saved (ms since epoch). */
  savedAt: number;
  /** Last change to the note, tags or pages (ms since epoch). */
  updatedAt: number;
  pages: SavedPage[];
  note: string;
  tags: string[];
  /**
   * When the note / the tags were last changed (ms since epoch), so that merging an older copy
   * (an import, a backup) keeps the newer value of each field. Absent in files from before they
   * existed: `updatedAt` stands in.
   */
  noteUpdatedAt?: number;
  tagsUpdatedAt?: number;
}

/** What the card sends when the reader presses Save. */
export interface SaveInput {
  id: string;
  kind: CitationKind;
  title: string;
  page: { url: string; title: string; sentence: string };
}

/** Export formats the popup offers. */
export type ExportFormat = 'json' | 'csv' | 'ris' | 'csl-json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'ris', 'csl-json'];

/** A file ready to download. */
export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

/** What an import did. */
export interface ImportSummary {
  /** Items that were not in the list before. */
  added: number;
  /** Items merged into one already in the list. */
  merged: number;
  /** Items in the list afterwards. */
  total: number;
}

/** Each saved-list request, keyed by its `type`, with the value its answer carries. */
export interface SavedRequests {
  'saved/save': { request: { type: 'saved/save'; item: SaveInput }; value: SavedItem };
  /** Removes an item; answers the removed item (null when it was not saved) so the caller can undo. */
  'saved/remove': { request: { type: 'saved/remove'; id: string }; value: SavedItem | null };
  /** Puts back an item exactly as `saved/remove` returned it (undo). */
  'saved/restore': { request: { type: 'saved/restore'; item: SavedItem }; value: SavedItem };
  /** Which of `ids` are saved. */
  'saved/state': { request: { type: 'saved/state'; ids: string[] }; value: string[] };
  'saved/list': { request: { type: 'saved/list' }; value: SavedItem[] };
  /**
   * The `limit` most recently saved items and how many there are in all: enough for the popup's
   * first screen at once, while the whole list follows with `saved/list`.
   */
  'saved/head': { request: { type: 'saved/head'; limit: number }; value: { items: SavedItem[]; total: number } };
  'saved/update': { request: { type: 'saved/update'; id: string; note?: string; tags?: string[] }; value: SavedItem };
  'saved/export': { request: { type: 'saved/export'; format: ExportFormat }; value: ExportFile };
  'saved/import': { request: { type: 'saved/import'; text: string }; value: ImportSummary };
  /** Empties the list; answers how many items were removed. */
  'saved/clear': { request: { type: 'saved/clear' }; value: number };
}

export type SavedRequestType = keyof SavedRequests;
export type SavedRequest = SavedRequests[SavedRequestType]['request'];

/**
 * Why a request failed, as a stable code the interface turns into a sentence in the reader's
 * language (lib/store/errors.ts); `error` is the English text for logs and tests.
 */
export type ErrorCode =
  | 'bad-message'
  | 'unknown-id'
  | 'not-saved'
  | 'storage-full'
  | 'storage-failed'
  | 'import-not-json'
  | 'import-other-format'
  | 'import-newer-version'
  | 'import-bad-field'
  | 'import-forbidden-key'
  | 'import-too-large'
  | 'no-page'
  | 'site-disabled'
  | 'unknown-type';

/** Every answer: a value, or an error the sender can show. */
export type Reply<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; error: string; detail?: string };

/**
 * The key in `storage.local` the owner bumps after every change to the list. Content scripts
 * cannot open the extension's IndexedDB nor hear its BroadcastChannel, but every context hears
 * `storage.onChanged`, so this one small key keeps cards and popups in all tabs in step.
 */
export const SAVED_VERSION_KEY = 'savedListVersion';

/** The value stored under SAVED_VERSION_KEY: a counter, and which ids changed (null: many or all). */
export interface SavedVersion {
  rev: number;
  changed: string[] | null;
}

// ---------------------------------------------------------------------------------------------
// The page side, answered by the content script of a tab's top frame (sent with
// `browser.tabs.sendMessage(tabId, message, { frameId: 0 })` by the popup).
// ---------------------------------------------------------------------------------------------

/** One distinct citation on the page, with how often it appears. */
export interface PageCitation {
  id: string;
  kind: CitationKind;
  /** The text as printed at its first occurrence. */
  text: string;
  count: number;
  /** The sentence around its first occurrence (what a save from the popup records). */
  sentence?: string;
}

export interface PageCitations {
  url: string;
  title: string;
  citations: PageCitation[];
}

/** Asks the page which citations it holds. Answer: Reply<PageCitations>. */
export interface PageCitationsRequest {
  type: 'page-citations';
}

/**
 * Asks the page to scroll to occurrence `index` (0-based, default 0) of citation `id` and flash it.
 * Answer: Reply<{ found: boolean }>.
 */
export interface RevealCitationRequest {
  type: 'reveal-citation';
  id: string;
  index?: number;
}

/**
 * Sent by the background to the frame where the reader chose "Look up citation" in the context
 * menu (`browser.tabs.sendMessage(tabId, message, { frameId })`). The content script opens the
 * card for the first citation `text` contains, or says that none was recognised. No answer is
 * expected. `text` is the browser's `selectionText`, cut to LOOKUP_TEXT_MAX characters.
 */
export interface LookupSelectionMessage {
  type: 'lookup-selection';
  text: string;
}

/** Longest selection forwarded; a citation is short and detection over a whole page belongs to the scan. */
export const LOOKUP_TEXT_MAX = 2000;

/** True for a well-formed LookupSelectionMessage; the content script checks before acting. */
export function isLookupSelectionMessage(message: unknown): message is LookupSelectionMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'lookup-selection' &&
    typeof (message as { text?: unknown }).text === 'string'
  );
}
