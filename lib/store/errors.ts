import type { ErrorCode } from '../messages';
import { t, type Lang, type MessageKey } from '../i18n';

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
