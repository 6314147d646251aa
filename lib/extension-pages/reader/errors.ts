import type { MessageKey } from '../../core/i18n';

/** Largest document the reader opens, local or fetched: beyond it PDF.js would hold it all in memory. */
export const MAX_PDF_BYTES = 256 * 1024 * 1024;

/** Why a document could not be opened, as an interface message and its substitutions. */
export interface OpenFailure {
  key: MessageKey;
  subs: Array<string | number>;
}

/** True when the first kilobyte holds the PDF header (PDF readers accept junk before it). */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * Maps what PDF.js throws to a sentence the reader can act on. PDF.js's exceptions are told apart
 * by `name` (they cross the worker boundary as plain objects with a name and a message).
 */
export function describeFailure(error: unknown): OpenFailure {
  const e = (error ?? {}) as { name?: string; status?: number; message?: string };
  switch (e.name) {
    case 'InvalidPDFException':
      return { key: 'readerErrInvalid', subs: [] };
    case 'MissingPDFException':
      return { key: 'readerErrEmpty', subs: [] };
    case 'ResponseException':
    case 'UnexpectedResponseException':
      return e.status ? { key: 'readerErrHttp', subs: [e.status] } : { key: 'readerErrNetwork', subs: [] };
    case 'PasswordException':
      return { key: 'readerErrPassword', subs: [] };
    default:
      if (/fetch|network/i.test(e.message ?? '')) return { key: 'readerErrNetwork', subs: [] };
      return { key: 'readerErrInvalid', subs: [] };
  }
}

/** The size message, in megabytes. */
export function tooLarge(bytes: number): OpenFailure {
  return { key: 'readerErrTooLarge', subs: [Math.ceil(bytes / 1024 / 1024), MAX_PDF_BYTES / 1024 / 1024] };
}
