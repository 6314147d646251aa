import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from './load';

/**
 * What ../shared/facts/domain-facts-3.md marks VERIFIED is in the catalogue with the address it
 * was seen at, and what it leaves open stays a stated gap (no title is ever guessed).
 */
type Entry = { titles?: Record<string, string>; names?: Record<string, string>; titleGaps?: Record<string, string>; nameGaps?: Record<string, string>; sources: string[]; segments?: unknown[] };
const raw = loadCatalogue(join(import.meta.dirname, '.')).catalogue as unknown as Record<string, Record<string, Entry[]>>;
const find = (file: string, list: string, key: string, value: string | number): Entry => {
  const entry = raw[file]![list]!.find((e) => (e as unknown as Record<string, unknown>)[key] === value);
  if (!entry) throw new Error(`${file} › ${String(value)} missing`);
  return entry;
};

describe('domain-facts-3 VERIFIED facts, each with its source', () => {
  it.each([
    ['articles', 'n', 7, 'fr', 'Extraction minière artisanale et à petite échelle d’or', 'https://www.droit-bilingue.ch/fr-de/0.8/0.81/0.814.82-7-10.html'],
    ['articles', 'n', 8, 'fr', 'Émissions', 'https://droit-bilingue.ch/fr-it/0.8/0.81/0.814.82-8-11.html'],
    ['articles', 'n', 9, 'fr', 'Rejets', 'https://www.droit-bilingue.ch/fr-de/0.8/0.81/0.814.82-9-12.html'],
    ['articles', 'n', 12, 'fr', 'Sites contaminés', 'https://www.droit-bilingue.ch/fr-de/0.8/0.81/0.814.82-12-15.html'],
    ['articles', 'n', 7, 'es', 'Extracción de oro artesanal y en pequeña escala', 'https://es.scribd.com/document/438296777/Articulo-7-Convenio-Minamata'],
    ['annexes', 'letter', 'A', 'fr', 'Produits contenant du mercure ajouté', 'https://legal.tricoteuses.fr/articles/JORFARTI000035589511'],
    ['annexes', 'letter', 'B', 'fr', 'Procédés de fabrication dans lesquels du mercure ou des composés du mercure sont utilisés', 'https://legal.tricoteuses.fr/articles/JORFARTI000035589512'],
    ['annexes', 'letter', 'E', 'fr', 'Procédures d’arbitrage et de conciliation', 'https://legal.tricoteuses.fr/articles/JORFARTI000035589515'],
  ] as const)('convention %s %s (%s)', (list, key, value, lang, title, source) => {
    const e = find('convention', list, key, value);
    expect(e.titles?.[lang]).toBe(title);
    expect(e.titleGaps?.[lang]).toBeUndefined();
    expect(e.sources).toContain(source);
  });

  it.each([
    ['COP-1', 'en', 'https://vdocument.in/viewarticle-31-of-the-minamata-convention-provides-that-the-convention-is-to-enter.html'],
    ['COP-2', 'en', 'https://vdocuments.site/web-view-in-his-opening-remarks-the-president-welcomed-the-participants-on-behalf.html'],
    ['COP-4', 'en', 'https://minamataconvention.org/en/meetings/cop4.1'],
    ['COP-5', 'en', 'https://mercuryconvention.org/en/meetings/cop5'],
    ['COP-5', 'fr', 'https://minamataconvention.org/fr/meetings/cop6'],
    ['COP-6', 'en', 'https://minamataconvention.org/zh-hans/node/10655'],
    ['INC-7', 'en', 'https://docsbay.net/unep-dtie-hg-inc-7-13'],
    ['UNEA-1', 'en', 'https://docslib.org/doc/6551737/united-nations-united-nations-environment-assembly-of-the'],
  ])('meeting %s has its %s name', (key, lang, source) => {
    const e = find('meetings', 'meetings', 'key', key);
    expect(e.names?.[lang]).toBeTruthy();
    expect(e.sources).toContain(source);
  });

  it('INC-7: Dead Sea, Jordan, 10–15 March 2016', () => {
    expect(find('meetings', 'meetings', 'key', 'INC-7').segments).toEqual([
      { start: '2016-03-10', end: '2016-03-15', place: { en: 'Dead Sea, Jordan', fr: 'Mer Morte (Jordanie)', es: 'Mar Muerto (Jordania)' } },
    ]);
  });

  it('UNEA titles: 1/1–1/12, 2/7, 2/11, 3/4, 3/7, 4/8, 5/8, 5/14, with sources', () => {
    const ids = [...Array.from({ length: 12 }, (_, i) => `UNEP/EA.1/Res.${i + 1}`), 'UNEP/EA.2/Res.7', 'UNEP/EA.2/Res.11', 'UNEP/EA.3/Res.4', 'UNEP/EA.3/Res.7', 'UNEP/EA.4/Res.8', 'UNEP/EA.5/Res.8', 'UNEP/EA.5/Res.14'];
    for (const id of ids) {
      const e = find('resolutions', 'resolutions', 'symbol', id);
      expect(e.titles?.en, id).toBeTruthy();
      expect(e.sources.length, id).toBeGreaterThan(0);
    }
    expect(find('resolutions', 'resolutions', 'symbol', 'UNEP/EA.1/Res.12').titles?.en).toBe(
      'Relationship between the United Nations Environment Programme and multilateral environmental agreements',
    );
  });

  it('MC-1/3 has its title', () => {
    const e = find('decisions', 'decisions', 'id', 'MC-1/3');
    expect(e.titles?.en).toBe('Guidance in relation to mercury supply sources and trade in relation to certification');
    expect(e.sources).toContain('https://minamataconvention.org/en/documents/guidance-relation-mercury-supply-sources-and-trade-relation-certification');
  });
});

describe('what domain-facts-3 leaves open stays a stated gap', () => {
  it.each([
    ['resolutions', 'resolutions', 'symbol', 'UNEP/EA.5/Res.2', 'en'],
    ['convention', 'articles', 'n', 10, 'fr'],
    ['convention', 'annexes', 'letter', 'C', 'fr'],
    ['meetings', 'meetings', 'key', 'COP-3', 'en'],
    ['decisions', 'decisions', 'id', 'MC-1/18', 'en'],
  ] as const)('%s › %s', (file, list, key, value, lang) => {
    const e = find(file, list, key, value);
    expect({ ...e.titles, ...e.names }[lang]).toBeUndefined();
    expect({ ...e.titleGaps, ...e.nameGaps }[lang]).toBeTruthy();
  });
});
