import type { ErrorCode } from './messages';
import { t, type Lang, type MessageKey } from './i18n';

/**
 * An error the saved list reports to the reader. `code` picks the sentence in the reader's
 * language; `detail` is substituted into it (a field path, a version number); `message` is
 * English, for logs and tests.
 */
export class SavedListError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: string,
    /** The browser may have lost more than this change (see mayHaveLostData). */
    readonly unsafe = false,
  ) {
    super(message);
    this.name = 'SavedListError';
  }
}

const KEYS: Record<ErrorCode, MessageKey> = {
  'bad-message': 'errBadMessage',
  'unknown-id': 'errUnknownId',
  'not-saved': 'errNotSaved',
  'storage-full': 'errStorageFull',
  'storage-failed': 'errStorageFailed',
  'import-not-json': 'errImportNotJson',
  'import-other-format': 'errImportOtherFormat',
  'import-newer-version': 'errImportNewerVersion',
  'import-bad-field': 'errImportBadField',
  'import-forbidden-key': 'errImportForbiddenKey',
  'import-too-large': 'errImportTooLarge',
  'no-page': 'errNoPage',
  'site-disabled': 'errSiteDisabled',
  'unknown-type': 'errBadMessage',
  'not-allowed': 'errBadMessage',
};

/** The sentence to show the reader for any error thrown by the saved list or its client. */
export function errorText(lang: Lang, error: unknown): string {
  if (error instanceof SavedListError) return t(lang, KEYS[error.code], error.detail ?? '');
  return t(lang, 'errStorageFailed', '');
}

/**
 * DOMException names after which the browser may have lost more than the one change: Chromium
 * answers a full disk with QuotaExceededError or an aborted transaction (AbortError, UnknownError)
 * and may then reset the whole database (LevelDB). After these the reader is never told that
 * "nothing was changed"; the caller checks the list against its marker and backup instead
 * (lib/store/guard.ts).
 */
export const UNSAFE_FAILURES: ReadonlySet<string> = new Set(['QuotaExceededError', 'AbortError', 'UnknownError']);

/** True when `error` (as thrown by IndexedDB, or mapped by storageError) may have cost more than the one change. */
export function mayHaveLostData(error: unknown): boolean {
  if (error instanceof SavedListError) return error.unsafe;
  return UNSAFE_FAILURES.has((error as { name?: string } | null)?.name ?? '');
}

/** Maps a failed transaction to an error the reader can act on. */
export function storageError(error: unknown): SavedListError {
  if (error instanceof SavedListError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const unsafe = UNSAFE_FAILURES.has(name);
  if (name === 'QuotaExceededError') {
    return new SavedListError('storage-full', 'the browser has no room left for the saved list; this change was not saved', undefined, unsafe);
  }
  return new SavedListError('storage-failed', `the saved list could not be written; this change was not saved (${String(error)})`, undefined, unsafe);
}
