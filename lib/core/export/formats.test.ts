import { describe, expect, it } from 'vitest';
import { savedItem } from '../../store/test-helpers';
import { toCslItems, toCslJson } from './csl';
import { CSV_COLUMNS, csvField, toCsv } from './csv';
import type { Describe } from './describe';
import { exportFile } from './index';
import { toRis } from './ris';

// The formats alone: the saved title as the verified English title, no date.
const asSaved: Describe = (item) => ({ title: item.title ? { text: item.title, lang: 'en' } : null, issued: null });

/** A strict RFC 4180 reader, written for this test, to check that what we write reads back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length) throw new Error('last record lacks CRLF');
  return rows;
}

const tricky = savedItem('UNEP/MC/COP.6/INF/28', {
  title: 'Report, with "quotes" — ünïcödé 水銀',
  note: 'line one\nline two, with comma',
  tags: ['mercury', 'trade'],
  savedAt: Date.UTC(2026, 10, 3, 12),
  updatedAt: Date.UTC(2026, 10, 4, 12),
  pages: [
    { url: 'https://example.org/a?x=1,2', title: 'Page A', sentence: 'As "noted" in INF/28.', savedAt: 1 },
    { url: 'https://example.org/b', title: 'Page B', sentence: '=HYPERLINK("http://evil")', savedAt: 2 },
  ],
});

describe('CSV', () => {
  it('starts with a UTF-8 byte-order mark and separates records with CRLF', () => {
    const csv = toCsv([tricky]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('reads back cell for cell under RFC 4180', () => {
    const rows = readCsv(toCsv([tricky, savedItem('MC-5/3')]).slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      'UNEP/MC/COP.6/INF/28',
      'document',
      'Report, with "quotes" — ünïcödé 水銀',
      '2026-11-03T12:00:00.000Z',
      '2026-11-04T12:00:00.000Z',
      'line one\nline two, with comma',
      'mercury\ntrade',
      'https://example.org/a?x=1,2\nhttps://example.org/b',
      'Page A\nPage B',
      // Only a cell that starts like a formula runs as one; this one starts with "As".
      'As "noted" in INF/28.\n=HYPERLINK("http://evil")',
    ]);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-note', "'-note"],
    ['@cmd', "'@cmd"],
    ['', ''],
  ])('field %j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('RIS (Zotero field map)', () => {
  it('writes documents as reports with the symbol as report number', () => {
    const ris = toRis([tricky], asSaved);
    const lines = ris.split('\r\n');
    expect(lines[0]).toBe('TY  - RPRT');
    expect(lines).toContain('TI  - Report, with "quotes" — ünïcödé 水銀');
    expect(lines).toContain('SN  - UNEP/MC/COP.6/INF/28');
    expect(lines).toContain('Y2  - 2026/11/03');
    expect(lines).toContain('KW  - mercury');
    expect(lines).toContain('KW  - trade');
    expect(lines).toContain('N1  - line one line two, with comma');
    expect(lines).toContain('LA  - en');
    expect(lines).toContain('UR  - https://example.org/a?x=1,2');
    expect(lines).toContain('N1  - Saved from: Page A — https://example.org/a?x=1,2; Page B — https://example.org/b');
    expect(lines.some((l) => l.startsWith('PY') || l.startsWith('DA'))).toBe(false);
    expect(lines.at(-2)).toBe('ER  - ');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
  });

  it('writes resolutions and decisions as reports with their kind as report type', () => {
    const ris = toRis([savedItem('UNEP/EA.6/Res.3'), savedItem('MC-5/3')], asSaved);
    const records = ris.split('ER  - ');
    expect(records[0]).toContain('SN  - UNEP/EA.6/Res.3\r\nM3  - Resolution');
    expect(records[1]).toContain('SN  - MC-5/3\r\nM3  - Decision');
  });

  it('with no verified title, writes the symbol once, as the title', () => {
    const ris = toRis([savedItem('UNEP/MC/COP.6/22')]);
    expect(ris).toContain('TI  - UNEP/MC/COP.6/22\r\n');
    expect(ris.match(/UNEP\/MC\/COP\.6\/22/g)).toHaveLength(1);
  });

  it('writes the work date as PY/DA and the save day only as Y2', () => {
    const ris = toRis([savedItem('minamata:art4', { savedAt: Date.UTC(2026, 0, 2) })], () => ({ title: { text: 'Minamata Convention on Mercury', lang: 'en' }, issued: [2013, 10, 10] }));
    expect(ris).toContain('PY  - 2013\r\nDA  - 2013/10/10\r\nLA  - en');
    expect(ris).toContain('Y2  - 2026/01/02');
  });

  it('writes articles and annexes as the statute with the provision as section', () => {
    const ris = toRis([savedItem('minamata:art23(5)(b)'), savedItem('minamata:annexA')]);
    const [art, annex] = ris.split('ER  - ');
    expect(art).toContain('TY  - STAT\r\nTI  - Minamata Convention on Mercury\r\nSE  - Article 23(5)(b)');
    expect(annex).toContain('SE  - Annex A');
  });
});

describe('CSL-JSON (csl-data.json schema)', () => {
  it('maps kinds to CSL types and fills only variables the schema defines', () => {
    const items = toCslItems(
      [tricky, savedItem('UNEP/EA.6/Res.3'), savedItem('MC-5/3'), savedItem('minamata:art16', { tags: ['a', 'b'] }), savedItem('minamata:annexC')],
      (item) => (item.id.startsWith('minamata:') ? { title: null, issued: [2013, 10, 10] } : asSaved(item)),
    );
    expect(items[0]).toEqual({
      id: 'UNEP/MC/COP.6/INF/28',
      type: 'report',
      title: 'Report, with "quotes" — ünïcödé 水銀',
      number: 'UNEP/MC/COP.6/INF/28',
      language: 'en',
      URL: 'https://example.org/a?x=1,2',
      note: 'line one\nline two, with comma',
      keyword: 'mercury, trade',
      accessed: { 'date-parts': [[2026, 11, 3]] },
    });
    expect(items[1]).toMatchObject({ type: 'report', genre: 'Resolution', number: 'UNEP/EA.6/Res.3' });
    expect(items[2]).toMatchObject({ type: 'report', genre: 'Decision', number: 'MC-5/3' });
    expect(items[3]).toMatchObject({ type: 'legislation', title: 'Minamata Convention on Mercury', section: 'Article 16', keyword: 'a, b', issued: { 'date-parts': [[2013, 10, 10]] } });
    expect(items[4]).toMatchObject({ type: 'legislation', section: 'Annex C' });
    const allowed = new Set(['id', 'type', 'title', 'number', 'genre', 'section', 'language', 'issued', 'URL', 'note', 'keyword', 'accessed']);
    for (const item of items) for (const key of Object.keys(item)) expect(allowed.has(key), key).toBe(true);
  });

  it('is a JSON array', () => {
    expect(Array.isArray(JSON.parse(toCslJson([tricky])))).toBe(true);
  });
});

describe('exportFile', () => {
  it.each([
    ['json', 'mc-xref-saved-2026-11-03.json', 'application/json'],
    ['csv', 'mc-xref-saved-2026-11-03.csv', 'text/csv;charset=utf-8'],
    ['ris', 'mc-xref-saved-2026-11-03.ris', 'application/x-research-info-systems'],
    ['csl-json', 'mc-xref-saved-2026-11-03.csl.json', 'application/vnd.citationstyles.csl+json'],
  ] as const)('%s', (format, filename, mime) => {
    const file = exportFile(format, [tricky], Date.UTC(2026, 10, 3));
    expect(file.filename).toBe(filename);
    expect(file.mime).toBe(mime);
    expect(file.text.length).toBeGreaterThan(50);
  });
});
