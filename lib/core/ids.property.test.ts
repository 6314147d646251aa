import fc from 'fast-check';
import index from 'virtual:mcxref-index';
import { describe, expect, it } from 'vitest';
import { detect } from './detect';
import { loadCorpus } from './detect/test-support/corpus';
import { loadSharedCorpus } from './detect/test-support/shared-corpus';
import { ARTICLE_COUNT, DOCUMENT_BODIES, formatId, parseCanonicalId, type ParsedId } from './ids';

type Parts = ParsedId extends infer T ? (T extends unknown ? Omit<T, 'id'> : never) : never;

// Positive integers as ids print them (no padding); bounded so that ids stay under parseCanonicalId's length cap.
const n = fc.integer({ min: 1, max: 99_999 });

const document: fc.Arbitrary<Parts> = fc
  .record({
    body: fc.constantFrom(...DOCUMENT_BODIES),
    meeting: n,
    number: n,
    series: fc.constantFrom(undefined, 'INF' as const, 'CRP' as const),
    // Each suffix type at most once, in any printed order.
    suffixes: fc.shuffledSubarray(['Add', 'Rev', 'Corr']).chain((types) => fc.tuple(...types.map((t) => n.map((k) => `${t}.${k}`)))),
  })
  .map(({ series, ...rest }) => ({ kind: 'document' as const, ...rest, ...(series ? { series } : {}) }));

const resolution: fc.Arbitrary<Parts> = fc.record({ kind: fc.constant('resolution' as const), meeting: n, number: n });

const decision: fc.Arbitrary<Parts> = fc.record({ meeting: n, number: fc.option(n, { nil: null }) }).map(({ meeting, number }) => ({ kind: 'decision' as const, meeting, number, draft: number === null }));

const article: fc.Arbitrary<Parts> = fc
  .record({
    article: fc.integer({ min: 1, max: ARTICLE_COUNT }),
    paragraph: fc.option(n, { nil: undefined }),
    subparagraph: fc.option(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), { nil: undefined }),
  })
  .map(({ article, paragraph, subparagraph }) => ({
    kind: 'article' as const,
    article,
    ...(paragraph !== undefined ? { paragraph } : {}),
    // A subparagraph is only ever written under a paragraph.
    ...(paragraph !== undefined && subparagraph !== undefined ? { subparagraph } : {}),
  }));

const annex: fc.Arbitrary<Parts> = fc.record({ kind: fc.constant('annex' as const), annex: fc.constantFrom('A' as const, 'B' as const, 'C' as const, 'D' as const, 'E' as const) });

describe('canonical ids round-trip', () => {
  it('parse(format(x)) gives back every id the formatters can build', () => {
    fc.assert(
      fc.property(fc.oneof(document, resolution, decision, article, annex), (parts) => {
        const id = formatId(parts);
        expect(parseCanonicalId(id)).toEqual({ ...parts, id });
      }),
      { numRuns: 2000 },
    );
  });

  const indexIds = [
    ...Object.keys(index.documents),
    ...Object.keys(index.resolutions),
    ...Object.keys(index.decisions),
    ...Object.keys(index.cited),
  ];
  const corpus = [...loadCorpus(), ...loadSharedCorpus()];
  const goldIds = corpus.flatMap((e) => e.expect);
  const detectedIds = corpus.flatMap((e) => detect(e.text, { lang: e.lang }).map((c) => c.id));

  it.each([
    ['the compiled index', indexIds],
    ['the corpora’s gold labels', goldIds],
    ['what the detector finds on the corpora', detectedIds],
  ])('format(parse(id)) === id for every id of %s', (_, ids) => {
    expect(ids.length).toBeGreaterThan(20);
    for (const id of new Set(ids)) {
      const parsed = parseCanonicalId(id);
      expect(parsed, id).not.toBeNull();
      expect(formatId(parsed!)).toBe(id);
    }
  });
});
