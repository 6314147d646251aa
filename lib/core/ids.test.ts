import { describe, expect, it } from 'vitest';
import { isCanonicalId, parseCanonicalId } from './ids';

describe('parseCanonicalId: well-formed ids', () => {
  it.each([
    ['UNEP/MC/COP.6/INF/28', { kind: 'document', body: 'UNEP/MC/COP', meeting: 6, series: 'INF', number: 28, suffixes: [] }],
    ['UNEP/MC/COP.6/22', { kind: 'document', body: 'UNEP/MC/COP', meeting: 6, number: 22, suffixes: [] }],
    ['UNEP/MC/COP.6/22/Add.1', { kind: 'document', meeting: 6, number: 22, suffixes: ['Add.1'] }],
    ['UNEP/MC/COP.6/1/Rev.1', { kind: 'document', number: 1, suffixes: ['Rev.1'] }],
    ['UNEP/MC/COP.6/6/Add.3', { kind: 'document', number: 6, suffixes: ['Add.3'] }],
    ['UNEP/MC/COP.6/INF/29/Corr.1', { kind: 'document', series: 'INF', number: 29, suffixes: ['Corr.1'] }],
    ['UNEP/MC/COP.6/22/Add.1/Rev.1', { kind: 'document', suffixes: ['Add.1', 'Rev.1'] }],
    ['UNEP/MC/COP.6/CRP.6', { kind: 'document', series: 'CRP', number: 6, suffixes: [] }],
    ['UNEP/MC/COP.4/12', { kind: 'document', meeting: 4, number: 12 }],
    ['UNEP/EA.6/INF/15', { kind: 'document', body: 'UNEP/EA', meeting: 6, series: 'INF', number: 15 }],
    ['UNEP(DTIE)/Hg/INC.5/7', { kind: 'document', body: 'UNEP(DTIE)/Hg/INC', meeting: 5, number: 7 }],
    ['UNEP/EA.6/Res.3', { kind: 'resolution', meeting: 6, number: 3 }],
    ['UNEP/EA.5/Res.14', { kind: 'resolution', meeting: 5, number: 14 }],
    ['MC-5/3', { kind: 'decision', meeting: 5, number: 3, draft: false }],
    ['MC-3/7', { kind: 'decision', meeting: 3, number: 7, draft: false }],
    ['MC-6/[--]', { kind: 'decision', meeting: 6, number: null, draft: true }],
    ['minamata:art23', { kind: 'article', article: 23 }],
    ['minamata:art23(5)', { kind: 'article', article: 23, paragraph: 5 }],
    ['minamata:art23(5)(b)', { kind: 'article', article: 23, paragraph: 5, subparagraph: 'b' }],
    ['minamata:art1', { kind: 'article', article: 1 }],
    ['minamata:art35', { kind: 'article', article: 35 }],
    ['minamata:annexA', { kind: 'annex', annex: 'A' }],
    ['minamata:annexE', { kind: 'annex', annex: 'E' }],
  ])('%s', (id, expected) => {
    const parsed = parseCanonicalId(id);
    expect(parsed).toMatchObject({ ...expected, id });
    expect(isCanonicalId(id)).toBe(true);
  });

  it('does not invent optional parts', () => {
    expect(parseCanonicalId('minamata:art23')).toEqual({ kind: 'article', id: 'minamata:art23', article: 23 });
    expect(parseCanonicalId('UNEP/MC/COP.6/22')).not.toHaveProperty('series');
  });
});

describe('parseCanonicalId: malformed ids', () => {
  it.each([
    [''],
    ['   '],
    ['unep/mc/cop.6/inf/28'], // not canonical case
    ['UNEP/MC/COP.6/inf/28'],
    ['UNEP/MC/COP.6/INF/08'], // zero padding is not canonical
    ['UNEP/MC/COP.0/1'],
    ['UNEP/MC/COP.6/'],
    ['UNEP/MC/COP.6/INF/28/'],
    ['UNEP/MC/COP.6/22/Add.1/Add.2'], // the same suffix twice
    ['UNEP/MC/COP.6/22/Add'],
    ['UNEP/MC/COP.6/INF.28'],
    ['UNEP/MC/COP.6/CRP/6'],
    [' UNEP/MC/COP.6/22'],
    ['UNEP/XX/COP.6/22'],
    ['UNEP/EA.6/res.3'],
    ['UNEP/EA.6/Res.03'],
    ['UNEP/EA.6/Res.'],
    ['6/3'],
    ['MC-5/'],
    ['MC-5/03'],
    ['MC-6/[-]'],
    ['mc-5/3'],
    ['MC5/3'],
    ['minamata:art0'],
    ['minamata:art36'],
    ['minamata:art023'],
    ['minamata:art23(b)'],
    ['minamata:art23(5)(B)'],
    ['minamata:art23(5)(b)(i)'],
    ['minamata:art23(0)'],
    ['minamata:art23()'],
    ['minamata:annexF'],
    ['minamata:annexa'],
    ['minamata:annex'],
    ['basel:art4'],
    ['https://example.org/UNEP/MC/COP.6/22'],
  ])('%j is not a canonical id', (id) => {
    expect(parseCanonicalId(id)).toBeNull();
    expect(isCanonicalId(id)).toBe(false);
  });

  it('rejects non-strings without throwing', () => {
    for (const value of [undefined, null, 42, {}, ['MC-5/3']]) {
      expect(isCanonicalId(value)).toBe(false);
      expect(parseCanonicalId(value as unknown as string)).toBeNull();
    }
  });
});
