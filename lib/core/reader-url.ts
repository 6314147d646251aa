/**
 * Addresses of the reader page. Kept free of PDF.js so the background and the popup can import it.
 *
 * `reader.html?file=<encoded PDF address>#page=N`: the PDF's own fragment (#page=N) is carried as
 * the reader's fragment, as PDF viewers do. The redirect rule of the "open PDF links in the reader"
 * option cannot encode, so it writes `reader.html?raw=<address as is>` and the reader takes
 * everything after `?raw=` verbatim.
 */
export const READER_PATH = '/reader.html';

/** The reader's address for a PDF at `pdfUrl` (its #fragment kept as the reader's). */
export function readerUrl(base: string, pdfUrl: string): string {
  const hash = pdfUrl.indexOf('#');
  const bare = hash >= 0 ? pdfUrl.slice(0, hash) : pdfUrl;
  const fragment = hash >= 0 ? pdfUrl.slice(hash) : '';
  return `${base.replace(/\/$/, '')}${READER_PATH}?file=${encodeURIComponent(bare)}${fragment}`;
}

/** What the reader was asked to open: a web address (http or https only) and the page, or why not. */
export type ReaderRequest = { kind: 'none' } | { kind: 'url'; url: string; page: number } | { kind: 'bad-url'; given: string };

/** Reads the reader's own address. */
export function parseReaderLocation(search: string, hash: string): ReaderRequest {
  let given: string | null = null;
  if (search.startsWith('?raw=')) given = search.slice('?raw='.length);
  else given = new URLSearchParams(search).get('file');
  const page = pageFromHash(hash);
  if (!given) return { kind: 'none' };
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return { kind: 'bad-url', given };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'bad-url', given };
  url.hash = '';
  return { kind: 'url', url: url.href, page };
}

/** The page a `#page=N` fragment names (also among other parameters, as in `#page=3&zoom=100`), else 1. */
export function pageFromHash(hash: string): number {
  const m = /(?:^#|&)page=(\d{1,6})(?:&|$)/.exec(hash);
  const n = m ? Number(m[1]) : 1;
  return n >= 1 ? n : 1;
}

/** True when an address looks like a PDF by its path (the popup also asks the tab for its content type). */
export function looksLikePdfUrl(address: string | undefined): boolean {
  if (!address) return false;
  try {
    const url = new URL(address);
    return (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'file:') && /\.pdf$/i.test(url.pathname);
  } catch {
    return false;
  }
}

/** The PDF address a reader tab shows, for the popup and saved items; null for any other address. */
export function pdfOfReaderUrl(address: string, base: string): string | null {
  const prefix = `${base.replace(/\/$/, '')}${READER_PATH}`;
  if (!address.startsWith(prefix)) return null;
  const rest = new URL(address);
  const request = parseReaderLocation(rest.search, rest.hash);
  return request.kind === 'url' ? request.url : null;
}
