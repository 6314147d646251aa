import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, detectLanguage, mayContainCitation, walk } from './index';
import { loadCorpus } from './test-support/corpus';

// Pieces that exercise every recogniser, mixed with noise, so random texts hit real code paths.
const PIECES = [
  'article ', 'Article 23', ', paragraph 5 (b)', ' of the Convention', 'paragraph 2 ', 'subparagraphs (a) and (b) of ',
  "l'alinéa b) du paragraphe 5 de l’article 23", 'artículo 16, párrafo 2 a)', 'articles 3 et 4', 'arts. 8 to 10', 'Annex A, Part II',
  'annexes A et B', 'anexo D', 'résolutions 6/3 et 6/4', 'resolution 6/3', 'resoluciones 1/6, 2/11 y 3/7', 'UNEP/MC/COP.6/INF/28',
  'UNEP/MC/COP.6/22/Add.1', 'UNEP/EA.6/Res.3', 'decision MC-5/3', 'MC-6/[--]', 'décision 5/1', 'Minamata', 'mercury', 'Basel',
  'General Assembly', 'UNEA', '\n3/7. Marine litter', 'MC2/7', 'MC/COP.4/12', ' to INF/6', 'decisions MC-4/2 to MC-4/5', 'resolutions 2/7, 3/4 and 4/85', 'a resolution on waste (4/8)', 'paragraphs 2–4 of ', 'Article 8(8) and (9)', ' ', '\n', '\u00a0', ', ', ' and ', ' et ', ' y ', '6/3/2024', '(', ')', '’', '/', '.', '-', '12',
];
const piecewise = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 30 }).map((a) => a.join(''));
const anyText = fc.oneof(piecewise, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }));

describe('detect: properties', () => {
  it('never throws, and returns citations sorted by start with spans inside the text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, 'en', 'fr', 'es'), (text, lang) => {
        const found = detect(text, lang ? { lang } : undefined);
        let last = 0;
        for (const c of found) {
          expect(c.start).toBeGreaterThanOrEqual(last);
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeGreaterThan(c.start);
          expect(c.end).toBeLessThanOrEqual(text.length);
          last = c.start;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on input that is not a string', () => {
    for (const bad of [undefined, null, 42, {}, [], Symbol('x')]) expect(detect(bad as unknown as string)).toEqual([]);
    expect(detect('article 3', { lang: 'xx' as 'en' })).toEqual(detect('article 3'));
  });

  it('prints the citation: the slice starts with its keyword or symbol and contains its number', () => {
    fc.assert(
      fc.property(piecewise, (text) => {
        for (const c of detect(text, { lang: 'en' })) {
          const printed = text.slice(c.start, c.end);
          expect(printed.trim()).toBe(printed);
          const key = c.parts.article ?? c.parts.number ?? c.parts.annex ?? c.parts.subparagraph ?? c.parts.meeting;
          // The unprinted middle of a range ("MC-4/2 to MC-4/5" for MC-4/3) spans the whole range.
          const range = /\sto\s|[-\u2013]/.test(printed);
          if (key !== undefined && key !== null && c.kind !== 'article' && !range) expect(printed).toContain(String(key));
        }
      }),
      { numRuns: 800 },
    );
  });

  // detect() returns [] whenever the prefilter says no, so the property must be checked against the
  // recognisers run without it (walk): they must find nothing in a text the prefilter rejects.
  it('mayContainCitation is never false where the recognisers, run without it, find something', () => {
    let found = 0;
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, 'en', 'fr', 'es'), (text, lang) => {
        const citations = walk(text, lang);
        if (citations.length > 0) found++;
        if (!mayContainCitation(text)) expect(citations).toEqual([]);
      }),
      // The one citation without an anchor word, the numbered heading of a resolution, is always tried.
      { numRuns: 2000, examples: [['United Nations Environment Assembly\n\n3/7. Marine litter', undefined]] },
    );
    // The generator must reach texts with citations, or the property would hold vacuously.
    expect(found).toBeGreaterThan(100);
  });

  it('finds the same citations whether a text comes alone or with unrelated text around it', () => {
    const corpus = loadCorpus();
    const filler = fc.array(fc.constantFrom('Lorem ipsum dolor sit amet.', 'The weather was fine.', 'Il faisait beau.', 'Hacía sol.', '1234', ''), {
      maxLength: 200,
    }).map((a) => a.join(' '));
    fc.assert(
      fc.property(fc.constantFrom(...corpus), filler, filler, (e, before, after) => {
        const alone = detect(e.text, { lang: e.lang }).map((c) => [c.id, c.start, c.end]);
        const prefix = `${before}\n\n`;
        const around = detect(`${prefix}${e.text}\n\n${after}`, { lang: e.lang }).map((c) => [c.id, c.start - prefix.length, c.end - prefix.length]);
        expect(around).toEqual(alone);
      }),
      { numRuns: 150 },
    );
  });
});

describe('detectLanguage', () => {
  it.each([
    ['en', 'The Conference of the Parties shall keep under review the implementation of this Convention.'],
    ['fr', 'La Conférence des Parties suit et évalue en permanence la mise en œuvre de la présente Convention.'],
    ['es', 'La Conferencia de las Partes examinará y evaluará continuamente la aplicación del presente Convenio.'],
    ['en', ''],
  ] as const)('%s: %j', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
