/**
 * The one rule for the address a saved reference records: a web page (http or https). The PDF reader
 * records the PDF's own web address, never its own page. Anything else (javascript:, data:, file:,
 * about:, an extension's page) is refused.
 */
export function isAcceptedPageUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
