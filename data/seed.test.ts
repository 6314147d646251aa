import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import index from 'virtual:mcxref-index';
import { detect } from '../lib/core/detect';
import { lookup } from '../lib/core/index/lookup';
import { isCanonicalId } from '../lib/core/ids';
import { layoutNote } from './note-structure';

// The seed note, walked with the real detector, against the index the build bundles.
const seed = readFileSync(join(import.meta.dirname, 'notes', 'note-fr.txt'), 'utf8');
const citations = detect(layoutNote(seed).text, { lang: 'fr' });

describe('the seed note against the bundled index', () => {
  it('is an exact copy of the shared seed', () => {
    expect(seed).toBe(readFileSync('/work/shared/seed/note-fr.txt', 'utf8'));
  });

  it('finds every reference the note makes (read by hand from the note)', () => {
    expect(new Set(citations.map((c) => c.id))).toEqual(
      new Set([
        'minamata:art23(5)(b)',
        'minamata:art16(2)(a)',
        'minamata:art24(2)(c)',
        'UNEP/MC/COP.6/22',
        ...[28, 29, 30, 31, 32, 33, 34, 35].map((n) => `UNEP/MC/COP.6/INF/${n}`),
        'UNEP/MC/COP.5/INF/28',
        'MC-6/[--]',
        ...[3, 4, 5, 6, 9].map((n) => `UNEP/EA.6/Res.${n}`),
      ]),
    );
  });

  it.each(['en', 'fr', 'es'] as const)('every citation resolves to an entry in the index (%s)', (lang) => {
    for (const c of citations) {
      const card = lookup(c.id, lang);
      expect(card.recognised, c.id).toBe(true);
      if (!card.recognised) continue;
      expect(card.inIndex, c.id).toBe(true);
      expect(card.citedIn.some((w) => w.id === c.id && w.note === 'cop6-cooperation-fr'), c.id).toBe(true);
      // A card always has something to say: a verified title, or a summary in the reader's language.
      expect(card.title !== null || card.summary?.lang === lang, c.id).toBe(true);
    }
  });

  it('records where the note cites each reference', () => {
    const art23 = index.cited['minamata:art23(5)(b)'];
    expect(art23?.map((w) => w.place)).toEqual([
      { kind: 'body', number: 1, section: 'I' },
      { kind: 'annex', annex: '', decision: true, part: 'preamble', number: 1 },
    ]);
    expect(art23?.[0]?.excerpt).toMatch(/alinéa b\) du paragraphe\s5 de l’article\s23/);
    expect(index.cited['UNEP/EA.6/Res.3']?.[0]?.place).toEqual({
      kind: 'footnote',
      number: 1,
      mark: { kind: 'annex', annex: '', decision: true, part: 'operative', number: 1 },
    });
    expect(index.cited['UNEP/MC/COP.5/INF/28']?.[0]?.place).toMatchObject({ kind: 'annex', part: 'operative', number: 6 });
    expect(index.cited['UNEP/MC/COP.6/INF/28']?.map((w) => w.place.kind)).toEqual(['body', 'footnote']);
  });

  it('the article card gathers the citations of its sub-provisions', () => {
    const card = lookup('minamata:art23', 'en');
    expect(card.recognised && card.citedIn.map((w) => w.id)).toEqual(['minamata:art23(5)(b)', 'minamata:art23(5)(b)']);
  });

  it('every French title and body name taken from the note appears in it word for word', () => {
    const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
    const fromNote = [
      ...[3, 4, 5, 6, 9].map((n) => index.resolutions[`UNEP/EA.6/Res.${n}`]?.titles.fr),
      index.decisions['MC-6/[--]']?.titles.fr,
      ...Object.values(index.bodies).map((b) => b.names.fr),
    ];
    for (const text of fromNote) {
      expect(text).toBeDefined();
      expect(seed.includes(text!) || seed.includes(lowerFirst(text!)), text).toBe(true);
    }
  });

  it('every id the detector emits, in any language, is a canonical id the index can look up', () => {
    const texts: Array<[string, 'en' | 'fr' | 'es']> = [
      ['Under Article 16, paragraph 2 (a), and Annex A of the Minamata Convention, see decision MC-5/3 and UNEP/MC/COP.6/22/Add.1/Rev.1.', 'en'],
      ['Conforme al apartado c) del párrafo 2 del artículo 24 del Convenio de Minamata y el anexo C; resolución 6/9; UNEP/MC/COP.6/CRP.7.', 'es'],
      [seed, 'fr'],
    ];
    let count = 0;
    for (const [text, lang] of texts) {
      for (const c of detect(text, { lang })) {
        count++;
        expect(isCanonicalId(c.id), c.id).toBe(true);
        expect(lookup(c.id, lang).recognised, c.id).toBe(true);
      }
    }
    expect(count).toBeGreaterThan(citations.length + 4);
  });
});
