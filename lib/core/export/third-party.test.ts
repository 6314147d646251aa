import { Cite, type CslData } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { SavedItem } from '../messages';
import { savedItem } from '../../store/test-helpers';
import { exportFile } from './index';
import { parseImport } from './import-json';

/**
 * Our exports read by the parsers people import them with: citation-js (its RIS and CSL-JSON
 * plugins, which follow the same field maps as Zotero's importers) and csv-parse (RFC 4180, as
 * spreadsheets read it). Each test parses the file the popup would download.
 */
const NOW = Date.UTC(2026, 10, 3, 12);
const page = (url: string, title: string) => ({ url, title, sentence: 'As noted, …', savedAt: NOW });
const items: SavedItem[] = [
  savedItem('minamata:art23(5)(b)', { title: 'Conference of the Parties', tags: ['COP; cooperation', 'art. 23'], savedAt: NOW, pages: [page('https://example.org/note?a=1,2', 'The note')] }),
  savedItem('minamata:annexB', { title: '', savedAt: NOW, pages: [] }),
  savedItem('UNEP/MC/COP.6/INF/29', { title: '', savedAt: NOW, pages: [page('https://example.org/b', 'Page <B> & co')] }),
  savedItem('UNEP/EA.1/Res.5', { title: 'Chemicals and waste', savedAt: NOW, note: 'First UNEA resolution on it', pages: [] }),
  savedItem('UNEP/EA.6/Res.9', { title: 'Gestion rationnelle des produits chimiques et des déchets', savedAt: NOW, pages: [] }),
  savedItem('MC-1/3', { title: '', savedAt: NOW, pages: [] }),
];

async function readRis(lang: 'en' | 'fr' | 'es'): Promise<CslData[]> {
  const file = exportFile('ris', items, NOW, lang);
  return (await Cite.async(file.text, { forceType: '@ris/file' })).data;
}

describe('RIS, as citation-js reads it', () => {
  it('articles and annexes: the statute with its section, adopted 10 October 2013', async () => {
    const [art, annex] = await readRis('en');
    expect(art).toMatchObject({ type: 'legislation', title: 'Minamata Convention on Mercury', section: 'Article 23(5)(b)', language: 'en' });
    expect(art!.issued).toEqual({ 'date-parts': [[2013, 10, 10]] });
    expect(annex).toMatchObject({ type: 'legislation', section: 'Annex B', issued: { 'date-parts': [[2013, 10, 10]] } });
  });

  it('the page address lands in the URL, and the saved-from note keeps it as plain text', async () => {
    const [art, , doc] = await readRis('en');
    expect(art!.URL).toBe('https://example.org/note?a=1,2');
    expect(art!.note).toBe('Saved from: The note — https://example.org/note?a=1,2');
    expect(doc!.note).toBe('Saved from: Page <B> & co — https://example.org/b');
    expect(exportFile('ris', items, NOW).text).not.toMatch(/<https?:/);
  });

  it('a document without a verified title: the symbol once, the meeting year, never the save day as its year', async () => {
    const [, , doc] = await readRis('fr');
    expect(doc).toMatchObject({ type: 'report', title: 'UNEP/MC/COP.6/INF/29', issued: { 'date-parts': [[2025]] } });
    expect(doc!.number).toBeUndefined();
    expect(doc!.accessed).toEqual({ 'date-parts': [[2026, 11, 3]] });
  });

  it('resolutions and decisions: verified title, symbol as number, language of the title', async () => {
    const [, , , res1, res9, mc13] = await readRis('en');
    expect(res1).toMatchObject({ type: 'report', title: 'Chemicals and waste', number: 'UNEP/EA.1/Res.5', genre: 'Resolution', language: 'en', issued: { 'date-parts': [[2014]] } });
    expect(res1!.note).toBe('First UNEA resolution on it');
    // Only the French title is verified: an English reader's export says it is French.
    expect(res9).toMatchObject({ title: 'Gestion rationnelle des produits chimiques et des déchets', language: 'fr', number: 'UNEP/EA.6/Res.9' });
    expect(mc13).toMatchObject({ title: 'Guidance in relation to mercury supply sources and trade in relation to certification', number: 'MC-1/3', genre: 'Decision', issued: { 'date-parts': [[2017]] } });
  });

  it('a French reader gets the Convention under its French title, marked French', async () => {
    const [art] = await readRis('fr');
    expect(art).toMatchObject({ title: 'Convention de Minamata sur le mercure', language: 'fr' });
  });

  it('tags containing ";" stay whole (one KW line each)', async () => {
    const [art] = await readRis('en');
    expect(art!.keyword).toBe('COP; cooperation,art. 23');
    expect(exportFile('ris', items, NOW).text).toContain('KW  - COP; cooperation\r\nKW  - art. 23');
  });
});

describe('CSL-JSON, as citation-js reads and renders it', () => {
  async function readCsl(lang: 'en' | 'fr' | 'es'): Promise<Cite> {
    return Cite.async(JSON.parse(exportFile('csl-json', items, NOW, lang).text), { forceType: '@csl/list+object' });
  }

  it('keeps every field we write', async () => {
    const cite = await readCsl('en');
    const [art, annex, doc, res1, res9] = cite.data;
    expect(art).toMatchObject({ type: 'legislation', section: 'Article 23(5)(b)', title: 'Minamata Convention on Mercury', issued: { 'date-parts': [[2013, 10, 10]] }, URL: 'https://example.org/note?a=1,2' });
    expect(annex).toMatchObject({ type: 'legislation', section: 'Annex B' });
    expect(doc).toMatchObject({ type: 'report', title: 'UNEP/MC/COP.6/INF/29', issued: { 'date-parts': [[2025]] } });
    expect(doc!.number).toBeUndefined();
    expect(res1).toMatchObject({ number: 'UNEP/EA.1/Res.5', language: 'en' });
    expect(res9).toMatchObject({ language: 'fr' });
  });

  it('renders every article as its own provision, and each symbol once', async () => {
    const bibliography = (await readCsl('en')).format('bibliography', { template: 'apa', lang: 'en-US', format: 'text' });
    expect(bibliography).toContain('Article 23(5)(b)');
    expect(bibliography).toContain('Annex B');
    expect(bibliography.match(/UNEP\/MC\/COP\.6\/INF\/29/g)).toHaveLength(1);
    expect(bibliography).toContain('Chemicals and waste');
    expect(bibliography).not.toContain('2026');
  });
});

describe('CSV, as csv-parse reads it (RFC 4180)', () => {
  it('tags containing ";" survive the round trip, one per line in their cell', () => {
    const text = exportFile('csv', items, NOW).text;
    const rows = parseCsv(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(items.length);
    expect(rows[0]!.tags!.split('\n')).toEqual(['COP; cooperation', 'art. 23']);
    expect(rows[0]!.page_urls).toBe('https://example.org/note?a=1,2');
    expect(rows.map((r) => r.id)).toEqual(items.map((i) => i.id));
  });
});

describe('JSON → import → JSON', () => {
  it('gives the same file back, byte for byte', () => {
    const first = exportFile('json', items, NOW).text;
    expect(exportFile('json', parseImport(first), NOW).text).toBe(first);
  });
});
