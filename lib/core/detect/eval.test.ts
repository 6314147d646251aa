import { describe, expect, it } from 'vitest';
import { detect } from './index';
import { evaluate, kindOfId } from './evaluation';
import { loadCorpus } from './test-support/corpus';

const corpus = loadCorpus();
const report = evaluate(corpus, (e) => detect(e.text).map(({ id, start, end }) => ({ id, start, end })));

describe('the labelled corpus', () => {
  it('has excerpts in each of the six languages (at least 10 each in ru, zh, ar), with pure-negative pages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    for (const lang of ['en', 'fr', 'es'] as const) expect(corpus.filter((e) => e.lang === lang).length).toBeGreaterThanOrEqual(9);
    for (const lang of ['ru', 'zh', 'ar'] as const) expect(corpus.filter((e) => e.lang === lang).length).toBeGreaterThanOrEqual(10);
    expect(corpus.filter((e) => e.expect.length === 0).length).toBeGreaterThanOrEqual(3);
  });

  it('labels only canonical-looking ids', () => {
    for (const e of corpus) for (const id of e.expect) expect(id, e.name).toMatch(/^(minamata:(art\d+(\(\d+\)(\([a-z]\))?)?|annex[A-E])|MC-\d+\/(\d+|\[--\])|UNEP\/EA\.\d+\/Res\.\d+|UNEP\/MC\/COP\.\d+\/.+)$/);
    expect(kindOfId('MC-5/3')).toBe('decision');
  });

  it('holds the level reached overall and in each language: precision ≥ 0.99, recall ≥ 0.99', () => {
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.99);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.99);
    for (const s of Object.values(report.byLang)) {
      expect(s.precision).toBeGreaterThanOrEqual(0.99);
      expect(s.recall).toBeGreaterThanOrEqual(0.99);
    }
  });
});
