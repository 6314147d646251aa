import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../../data/compile';
import { loadCatalogue } from '../../../data/load';
import type { CardData, LookupResult } from './result';
import { lookupIn } from './resolve';
import { LANGS } from '../lang';
import { isAllowedLink, meetingPageLink, symbolLinks } from './links';

// The catalogue compiled with no note citations: these tests are about the catalogue side of a
// card. Citations from the real detector are covered in data/seed.test.ts.
const index = compileIndex(loadCatalogue(join(import.meta.dirname, '../../../data')), () => []);

function card(id: string, lang: (typeof LANGS)[number] = 'en'): CardData {
  const result: LookupResult = lookupIn(index, id, lang);
  if (!result.recognised) throw new Error(`${id} was not recognised`);
  return result;
}

describe('lookupIn: entries in the index', () => {
  it('a sub-provision resolves to its article with the paragraph named and summarised', () => {
    const c = card('minamata:art23(5)(b)', 'fr');
    expect(c).toMatchObject({ kind: 'article', entryId: 'minamata:art23', inIndex: true, titleNote: 'other-language' });
    expect(c.title).toEqual({ text: 'Conference of the Parties', lang: 'en', fallback: true });
    expect(c.provision).toMatchObject({ article: 23, paragraph: 5, subparagraph: 'b', summary: { lang: 'fr' } });
    expect(c.provision?.summary?.text).toMatch(/coopère/);
    expect(c.instrument).toEqual({ text: 'Convention de Minamata sur le mercure', lang: 'fr', fallback: false });
    expect(c.links.map((l) => l.kind)).toEqual(['treaty-collection', 'convention-text']);
  });

  it('a verified French article title is shown as such; Spanish falls back to English', () => {
    expect(card('minamata:art16(2)(a)', 'fr').title).toEqual({ text: 'Aspects sanitaires', lang: 'fr', fallback: false });
    expect(card('minamata:art16(2)(a)', 'fr').bodies.map((b) => b.key)).toEqual(['who', 'ilo']);
    const es = card('minamata:art24(2)(c)', 'es');
    expect(es.title).toEqual({ text: 'Secretariat', lang: 'en', fallback: true });
    expect(es.titleNote).toBe('other-language');
    expect(es.summary?.lang).toBe('es');
  });

  it('a paragraph without its own summary still names the paragraph', () => {
    expect(card('minamata:art23(3)').provision).toEqual({ article: 23, paragraph: 3, summary: null });
    expect(card('minamata:art24(4)').provision?.summary?.text).toMatch(/closer cooperation/);
  });

  it('annexes', () => {
    const c = card('minamata:annexC', 'es');
    expect(c).toMatchObject({ kind: 'annex', inIndex: true, title: { lang: 'en', fallback: true } });
    expect(c.summary?.text).toMatch(/plan de acción nacional/);
  });

  it('a note document: no verified title, meeting, agenda item, what it contains, its annex', () => {
    const c = card('UNEP/MC/COP.6/INF/29', 'fr');
    expect(c).toMatchObject({ inIndex: true, title: null, titleNote: 'not-verified' });
    expect(c.meeting).toMatchObject({ key: 'COP-6', body: 'minamata-cop', inIndex: true, name: { lang: 'fr', fallback: false } });
    expect(c.meeting?.segments).toEqual([{ start: '2025-11-03', end: '2025-11-07', place: 'Genève (Suisse)', online: false }]);
    expect(c.agendaItem).toEqual({ text: 'Coopération et coordination au niveau international', lang: 'fr', fallback: false });
    expect(c.parts[0]?.label.text).toBe('Annexe I');
    expect(c.bodies.map((b) => b.key)).toEqual(['brs']);
    // The COP's page, where the document is listed, first; the symbol services after it.
    expect(c.links.map((l) => l.url)).toEqual([
      'https://minamataconvention.org/fr/meetings/cop6',
      'https://documents.un.org/api/symbol/access?s=UNEP%2FMC%2FCOP.6%2FINF%2F29&l=fr&t=pdf',
      'https://undocs.org/fr/UNEP/MC/COP.6/INF/29',
    ]);
  });

  it('resolutions: French title from the note, English only where verified', () => {
    const en = card('UNEP/EA.6/Res.3', 'en');
    expect(en.title?.lang).toBe('fr');
    expect(en.titleNote).toBe('other-language');
    expect(en.meeting?.segments[0]).toMatchObject({ start: '2024-02-26', end: '2024-03-01', place: 'Nairobi, Kenya' });
    expect(en.links.some((l) => l.kind === 'unea-outcomes')).toBe(true);
    expect(card('UNEP/EA.6/Res.6', 'en').title).toMatchObject({ lang: 'en', fallback: false });
    expect(card('UNEP/EA.6/Res.5', 'es').title).toEqual({ text: 'Aspectos ambientales de los minerales y metales', lang: 'es', fallback: false });
  });

  it('the draft decision and a verified decision', () => {
    const draft = card('MC-6/[--]', 'es');
    expect(draft).toMatchObject({ kind: 'decision', inIndex: true, title: { lang: 'fr', fallback: true } });
    expect(draft.bodies.map((b) => b.key)).toContain('isp-cwp');
    expect(draft.links.map((l) => l.url)).toEqual(['https://minamataconvention.org/es/meetings/cop6']);
    const d = card('MC-5/3', 'en');
    expect(d).toMatchObject({ inIndex: true, title: null, titleNote: 'not-verified', meeting: { key: 'COP-5', inIndex: true } });
    expect(d.summary?.text).toMatch(/mercury compounds/);
  });

  it('the Convention on the UN Treaty Collection opens in the reader language with clang', () => {
    expect(card('minamata:art16', 'fr').links[0]?.url).toBe('https://treaties.un.org/pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVII-17&chapter=27&clang=_fr');
    expect(card('minamata:annexA', 'en').links[0]?.url).toBe('https://treaties.un.org/pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVII-17&chapter=27&clang=_en');
    // No Spanish page was seen: English, and the card says so.
    expect(card('minamata:annexA', 'es').links[0]).toMatchObject({ lang: 'en', url: expect.stringContaining('clang=_en') });
  });

  it.each([
    ['MC-5/3', 'fr', 'https://minamataconvention.org/fr/meetings/cop5'],
    ['MC-4/1', 'en', 'https://minamataconvention.org/en/meetings/cop4'],
    ['MC-1/3', 'en', null],
    ['UNEP/MC/COP.3/18', 'es', 'http://archive.mercuryconvention.org/Reuniones/COP3/tabid/7856/language/es-CO/Default.aspx'],
    ['UNEP/MC/COP.3/18', 'fr', 'http://archive.mercuryconvention.org/Meetings/COP3/tabid/7854/language/en-US/Default.aspx'],
  ] as const)('%s (%s): the meeting page where it is listed comes before any search by symbol', (id, lang, page) => {
    const links = card(id, lang).links;
    const meeting = links.findIndex((l) => l.kind === 'meeting-page');
    if (page === null) expect(meeting).toBe(-1);
    else {
      expect(links[meeting]?.url).toBe(page);
      const bySymbol = links.findIndex((l) => l.kind === 'ods-pdf' || l.kind === 'undocs');
      expect(bySymbol === -1 || bySymbol > meeting).toBe(true);
    }
  });

  it('bodies carry only verified names; others show their verified abbreviation', () => {
    const bodies = card('MC-6/[--]', 'en').bodies;
    expect(bodies.find((b) => b.key === 'unicef')).toMatchObject({ name: { lang: 'fr', fallback: true }, abbr: { text: 'UNICEF' } });
    expect(bodies.find((b) => b.key === 'icmgp')?.name).toEqual({ text: 'International Conference on Mercury as a Global Pollutant', lang: 'en', fallback: false });
  });
});

describe('lookupIn: well-formed ids outside the index get an honest card', () => {
  it.each(LANGS)('UNEP/MC/COP.4/12 (%s)', (lang) => {
    const c = card('UNEP/MC/COP.4/12', lang);
    expect(c).toMatchObject({ kind: 'document', inIndex: false, title: null, titleNote: 'not-in-index', summary: null, citedIn: [] });
    expect(c.parsed).toMatchObject({ body: 'UNEP/MC/COP', meeting: 4, number: 12 });
    expect(c.meeting).toMatchObject({ key: 'COP-4', inIndex: true });
    expect(c.meeting?.segments).toHaveLength(2);
    expect(c.meeting?.segments[0]).toMatchObject({ online: true, place: null });
    expect(c.links.map((l) => l.kind)).toEqual(['meeting-page', 'ods-pdf', 'undocs']);
    // The Convention's site has meeting pages in English, French and Spanish; the UN symbol services in all six.
    const site = ['en', 'fr', 'es'].includes(lang) ? lang : 'en';
    expect(c.links[0]).toMatchObject({ url: `https://minamataconvention.org/${site}/meetings/cop4`, lang: site });
    expect(c.links.slice(1).every((l) => l.lang === lang)).toBe(true);
  });

  it.each(LANGS)('UNEP/EA.5/Res.13 (%s): the session is known by number only', (lang) => {
    const c = card('UNEP/EA.5/Res.13', lang);
    expect(c).toMatchObject({ kind: 'resolution', inIndex: false, titleNote: 'not-in-index' });
    expect(c.meeting).toEqual({ key: 'UNEA-5', body: 'unea', number: 5, name: null, segments: [], inIndex: false });
    expect(c.links.map((l) => l.url)).toContain(`https://undocs.org/${lang}/UNEP/EA.5/Res.13`);
  });

  it.each(LANGS)('MC-3/7 (%s)', (lang) => {
    const c = card('MC-3/7', lang);
    expect(c).toMatchObject({ kind: 'decision', inIndex: false, parsed: { meeting: 3, number: 7 }, meeting: { key: 'COP-3', inIndex: true } });
    // Decisions get their COP's page: COP-3's is on the archive site (English and Spanish seen).
    expect(c.links).toEqual([expect.objectContaining({ kind: 'meeting-page', label: 'archive.mercuryconvention.org', lang: lang === 'es' ? 'es' : 'en' })]);
    expect(c.meeting?.segments[0]?.place).toBe(
      { en: 'Geneva, Switzerland', fr: 'Genève (Suisse)', es: 'Ginebra (Suiza)', ru: 'Женева (Швейцария)', zh: '瑞士日内瓦', ar: 'جنيف، سويسرا' }[lang],
    );
  });

  it('a later COP not yet in the index', () => {
    expect(card('UNEP/MC/COP.9/INF/3').meeting).toEqual({ key: 'COP-9', body: 'minamata-cop', number: 9, name: null, segments: [], inIndex: false });
  });
});

describe('lookupIn: malformed ids', () => {
  it.each(['', 'hello', 'UNEP/MC/COP.6/INF.28', 'minamata:art36', 'minamata:annexF', 'MC-5/03', 'unep/ea.6/res.3'])('%j is not a recognised reference', (id) => {
    for (const lang of LANGS) expect(lookupIn(index, id, lang)).toEqual({ recognised: false, id, reason: 'not-a-reference' });
  });

  it('never throws on non-strings', () => {
    expect(lookupIn(index, undefined as unknown as string, 'en')).toMatchObject({ recognised: false, reason: 'not-a-reference' });
    expect(lookupIn(index, 42 as unknown as string, 'en')).toMatchObject({ recognised: false, id: '42' });
  });
});

describe('every link a card can show matches a documented pattern', () => {
  const ids = [
    ...Object.keys(index.articles).flatMap((n) => [
      `minamata:art${n}`,
      ...Object.keys(index.articles[n]?.paragraphs ?? {}).map((p) => `minamata:art${n}(${p.replace(/\((\w)\)/, ')($1')})`),
    ]),
    ...Object.keys(index.annexes).map((l) => `minamata:annex${l}`),
    ...Object.keys(index.documents),
    ...Object.keys(index.resolutions),
    ...Object.keys(index.decisions),
    'UNEP/MC/COP.4/12',
    'UNEP/EA.5/Res.13',
    'MC-3/7',
    'UNEP(DTIE)/Hg/INC.6/2',
    'UNEP/MC/COP.6/22/Add.1/Rev.1',
    'UNEP/MC/COP.6/CRP.7',
  ];

  it('walks every entry in every language', () => {
    let count = 0;
    for (const id of ids) {
      for (const lang of LANGS) {
        const c = card(id, lang);
        for (const link of c.links) {
          count++;
          expect(isAllowedLink(link.url), `${id} (${lang}): ${link.url}`).toBe(true);
        }
      }
    }
    expect(count).toBeGreaterThan(ids.length * 3);
  });

  it('rejects addresses that were never documented', () => {
    for (const url of [
      'https://minamataconvention.org/en/documents/UNEP-MC-COP.6-INF-28',
      'https://minamataconvention.org/en/meetings/cop2',
      'https://minamataconvention.org/en/meetings/cop4?page=3',
      'https://treaties.un.org/pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVII-17&chapter=27&lang=en',
      'https://archive.mercuryconvention.org/Meetings/COP3/tabid/7854/language/en-US/Default.aspx.evil',
      'https://undocs.org/de/UNEP/MC/COP.6/22',
      'https://documents.un.org/api/symbol/access?s=UNEP/MC/COP.6/22&l=en&t=doc',
      'http://undocs.org/en/UNEP/MC/COP.6/22',
      'https://example.org/',
    ]) {
      expect(isAllowedLink(url), url).toBe(false);
    }
  });
});

describe('languages without a researched catalogue (ru, zh, ar)', () => {
  it('the verified Russian heading of article 10 is shown as such', () => {
    expect(card('minamata:art10', 'ru').title).toEqual({ text: 'Экологически безопасное временное хранение ртути, кроме ртутных отходов', lang: 'ru', fallback: false });
    expect(card('minamata:art10', 'ru').titleNote).toBeNull();
  });

  it.each(['ru', 'zh', 'ar'] as const)('%s: another language\'s verified title, said to be one; summaries fall back to English with their language', (lang) => {
    const c = card('minamata:art16(2)(a)', lang);
    expect(c.title).toMatchObject({ lang: 'en', fallback: true });
    expect(c.titleNote).toBe('other-language');
    expect(c.instrument).toEqual({ text: 'Minamata Convention on Mercury', lang: 'en', fallback: true });
    expect(c.summary?.lang).toBe('en');
    expect(c.provision?.summary?.lang).toBe('en');
  });

  it.each(['ru', 'zh', 'ar'] as const)('%s: UN symbol services in the reader\'s language; the Convention\'s site falls back to English', (lang) => {
    for (const link of symbolLinks('UNEP/MC/COP.6/INF/28', lang)) {
      expect(link.lang).toBe(lang);
      expect(isAllowedLink(link.url), link.url).toBe(true);
    }
    expect(meetingPageLink('cop6', lang)).toMatchObject({ url: 'https://minamataconvention.org/en/meetings/cop6', lang: 'en' });
    expect(isAllowedLink(`https://minamataconvention.org/${lang}/meetings/cop6`)).toBe(false);
  });
});
