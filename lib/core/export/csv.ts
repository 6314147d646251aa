import type { SavedItem } from '../messages';

/** Column order of the CSV export (also its header row). */
export const CSV_COLUMNS = ['id', 'kind', 'title', 'saved_at', 'updated_at', 'note', 'tags', 'page_urls', 'page_titles', 'sentences'] as const;

/**
 * Quotes one field per RFC 4180 §2: fields holding a comma, a quote or a line break are wrapped
 * in quotes and inner quotes doubled. A field a spreadsheet would run as a formula (it starts
 * with =, +, -, @, tab or CR; the text comes from web pages) gets a leading apostrophe, as OWASP's
 * CSV-injection advice recommends.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The list as CSV for spreadsheets: RFC 4180 (CRLF between records, header row), UTF-8 with a
 * byte-order mark so that Excel and LibreOffice detect the encoding instead of guessing a legacy
 * code page. Several pages or tags share one cell, one per line: a tag may contain ";" or ","
 * (tags are one line each), so only a line break separates them unambiguously.
 */
export function toCsv(items: readonly SavedItem[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const item of items) {
    const cells = [
      item.id,
      item.kind,
      item.title,
      new Date(item.savedAt).toISOString(),
      new Date(item.updatedAt).toISOString(),
      item.note,
      item.tags.join('\n'),
      item.pages.map((p) => p.url).join('\n'),
      item.pages.map((p) => p.title).join('\n'),
      item.pages.map((p) => p.sentence).join('\n'),
    ];
    rows.push(cells.map(csvField).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
