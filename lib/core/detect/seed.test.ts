import { describe, expect, it } from 'vitest';
import { detect } from './index';
import { loadCorpus } from './test-support/corpus';

// The seed note, kept verbatim as the first corpus excerpt (CI has no access to the shared folder).
const seed = loadCorpus().find((e) => e.name === 'fr-00-seed-note.txt')!;

describe('the seed note', () => {
  // The note separates numbers from their keyword with no-break spaces, as French typography does.
  it('finds every citation with the right id, and nothing else', () => {
    const found = detect(seed.text).map((c) => [c.kind, c.id, seed.text.slice(c.start, c.end)]);
    expect(found).toEqual([
      ['article', 'minamata:art23(5)(b)', 'alinéa b) du paragraphe\u00a05 de l’article\u00a023'],
      ['article', 'minamata:art16(2)(a)', 'alinéa a) du paragraphe\u00a02 de l’article\u00a016'],
      ['article', 'minamata:art24(2)(c)', 'alinéa c) du paragraphe\u00a02 de l’article\u00a024'],
      ['document', 'UNEP/MC/COP.6/INF/28', 'UNEP/MC/COP.6/INF/28'],
      ['document', 'UNEP/MC/COP.6/22', 'UNEP/MC/COP.6/22'],
      ['document', 'UNEP/MC/COP.6/INF/29', 'UNEP/MC/COP.6/INF/29'],
      ['document', 'UNEP/MC/COP.6/INF/30', 'UNEP/MC/COP.6/INF/30'],
      ['document', 'UNEP/MC/COP.6/INF/31', 'UNEP/MC/COP.6/INF/31'],
      ['document', 'UNEP/MC/COP.6/INF/32', 'UNEP/MC/COP.6/INF/32'],
      ['document', 'UNEP/MC/COP.6/INF/33', 'UNEP/MC/COP.6/INF/33'],
      ['document', 'UNEP/MC/COP.6/INF/34', 'UNEP/MC/COP.6/INF/34'],
      ['document', 'UNEP/MC/COP.6/INF/35', 'UNEP/MC/COP.6/INF/35'],
      ['decision', 'MC-6/[--]', 'décision\u00a0MC-6/[--]'],
      ['article', 'minamata:art23(5)(b)', 'alinéa b) du paragraphe\u00a05 de l’article\u00a023'],
      ['resolution', 'UNEP/EA.6/Res.3', 'Résolution\u00a06/3'],
      ['resolution', 'UNEP/EA.6/Res.4', 'résolution\u00a06/4'],
      ['resolution', 'UNEP/EA.6/Res.5', 'résolution\u00a06/5'],
      ['resolution', 'UNEP/EA.6/Res.6', 'résolution\u00a06/6'],
      ['resolution', 'UNEP/EA.6/Res.9', 'résolution\u00a06/9'],
      ['document', 'UNEP/MC/COP.6/INF/28', 'UNEP/MC/COP.6/INF/28'],
      ['document', 'UNEP/MC/COP.5/INF/28', 'UNEP/MC/COP.5/INF/28'],
    ]);
  });

  it('reports the parsed parts and the language', () => {
    const [first] = detect(seed.text);
    expect(first).toMatchObject({ lang: 'fr', parts: { article: 23, paragraph: 5, subparagraph: 'b' } });
    const draft = detect(seed.text).find((c) => c.kind === 'decision');
    expect(draft?.parts).toEqual({ meeting: 6, number: null, draft: true });
  });

  it('gives the same answer with or without the language hint', () => {
    expect(detect(seed.text, { lang: 'fr' })).toEqual(detect(seed.text));
  });
});
