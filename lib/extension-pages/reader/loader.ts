import { describeFailure, hasPdfHeader, MAX_PDF_BYTES, tooLarge, type OpenFailure } from './errors';
import { loadDocument, pdfjsLib, type PdfSource, type PDFDocumentProxy } from './viewer';

export type OpenResult = { ok: true; doc: PDFDocumentProxy } | { ok: false; failure: OpenFailure };

/** Asks the reader for the password; `wrong` when the previous one was refused. Null: cancelled. */
export type AskPassword = (wrong: boolean) => Promise<string | null>;

/** Reads a local file into memory after checking its size and its header: it is never uploaded. */
export async function readLocalFile(file: File): Promise<{ ok: true; source: PdfSource } | { ok: false; failure: OpenFailure }> {
  if (file.size === 0) return { ok: false, failure: { key: 'readerErrEmpty', subs: [] } };
  if (file.size > MAX_PDF_BYTES) return { ok: false, failure: tooLarge(file.size) };
  const data = new Uint8Array(await file.arrayBuffer());
  if (!hasPdfHeader(data)) return { ok: false, failure: { key: 'readerErrNotPdf', subs: [] } };
  return { ok: true, source: { data, name: file.name } };
}

/**
 * Opens a document with PDF.js: a password prompt for an encrypted file, a size limit on what is
 * fetched, and every failure turned into a message (never a blank page).
 */
export function openPdf(source: PdfSource, askPassword: AskPassword): Promise<OpenResult> {
  const task = loadDocument(source);
  let failure: OpenFailure | null = null;
  task.onPassword = (update: (password: string) => void, reason: number) => {
    void askPassword(reason === pdfjsLib.PasswordResponses.INCORRECT_PASSWORD).then((password) => {
      if (password === null) {
        failure = { key: 'readerErrPasswordCancelled', subs: [] };
        void task.destroy();
      } else update(password);
    });
  };
  task.onProgress = ({ total }: { loaded: number; total?: number }) => {
    if (total && total > MAX_PDF_BYTES && !failure) {
      failure = tooLarge(total);
      void task.destroy();
    }
  };
  return task.promise.then(
    (doc) => ({ ok: true as const, doc }),
    (error: unknown) => ({ ok: false as const, failure: failure ?? describeFailure(error) }),
  );
}
