import { describe, expect, it } from 'vitest';
import { looksLikePdfUrl, pageFromHash, parseReaderLocation, pdfOfReaderUrl, readerUrl } from './reader-url';

const BASE = 'chrome-extension://abc/';

describe('reader addresses', () => {
  it('encodes the PDF address and keeps its page fragment as the reader\'s', () => {
    const url = readerUrl(BASE, 'https://example.org/a b.pdf?x=1&y=2#page=3');
    expect(url).toBe('chrome-extension://abc/reader.html?file=https%3A%2F%2Fexample.org%2Fa%20b.pdf%3Fx%3D1%26y%3D2#page=3');
    const parsed = new URL(url);
    expect(parseReaderLocation(parsed.search, parsed.hash)).toEqual({ kind: 'url', url: 'https://example.org/a%20b.pdf?x=1&y=2', page: 3 });
    expect(pdfOfReaderUrl(url, BASE)).toBe('https://example.org/a%20b.pdf?x=1&y=2');
  });

  it('takes a redirected address verbatim after ?raw=', () => {
    expect(parseReaderLocation('?raw=https://example.org/d.pdf?a=1&b=2', '')).toEqual({ kind: 'url', url: 'https://example.org/d.pdf?a=1&b=2', page: 1 });
  });

  it('refuses anything but http and https', () => {
    for (const given of ['javascript:alert(1)', 'file:///etc/passwd', 'data:application/pdf;base64,AA', 'chrome://settings', 'not a url']) {
      expect(parseReaderLocation(`?file=${encodeURIComponent(given)}`, '').kind).toBe('bad-url');
    }
    expect(parseReaderLocation('', '')).toEqual({ kind: 'none' });
  });

  it('reads the page from #page=N, alone or among other parameters', () => {
    expect(pageFromHash('#page=12')).toBe(12);
    expect(pageFromHash('#zoom=100&page=4')).toBe(4);
    expect(pageFromHash('#page=0')).toBe(1);
    expect(pageFromHash('#nameddest=x')).toBe(1);
  });

  it('tells PDF addresses by their path', () => {
    expect(looksLikePdfUrl('https://x.org/files/COP6_INF28.PDF?dl=1')).toBe(true);
    expect(looksLikePdfUrl('https://x.org/pdf/page.html')).toBe(false);
    expect(looksLikePdfUrl('chrome://newtab')).toBe(false);
    expect(looksLikePdfUrl(undefined)).toBe(false);
  });
});
