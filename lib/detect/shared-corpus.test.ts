import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluation';
import { detect } from './index';
import { loadSharedCorpus, SHARED_LANGS, sharedCorpusDir, sharedCorpusPresent } from './test-support/shared-corpus';

/**
 * The floor reached on the shared corpus of real pages (../shared/corpus, en/fr/es), so that a later
 * change cannot quietly lose recall there. The corpus lives beside the repository (CI has it); a clone
 * without it checks that it is really absent, and that the loader then returns nothing rather than a
 * partial corpus.
 */
const FLOOR = {
  en: { precision: 0.99, recall: 0.99 },
  fr: { precision: 0.99, recall: 0.98 },
  es: { precision: 0.99, recall: 0.97 },
} as const;

describe('the shared corpus of real pages', () => {
  it('holds the precision and recall reached in each language, and no false hit on its citation-free pages', () => {
    const corpus = loadSharedCorpus();
    if (!sharedCorpusPresent()) {
      expect(existsSync(join(sharedCorpusDir(), 'labels.json'))).toBe(false);
      expect(corpus).toEqual([]);
      return;
    }
    for (const lang of SHARED_LANGS) expect(corpus.filter((e) => e.lang === lang).length, lang).toBeGreaterThan(10);
    const report = evaluate(corpus, (e) => detect(e.text).map(({ id, start, end }) => ({ id, start, end })));
    for (const lang of SHARED_LANGS) {
      expect(report.byLang[lang].precision, `${lang} precision`).toBeGreaterThanOrEqual(FLOOR[lang].precision);
      expect(report.byLang[lang].recall, `${lang} recall`).toBeGreaterThanOrEqual(FLOOR[lang].recall);
      expect(report.negatives[lang].pages, `${lang} citation-free pages`).toBeGreaterThan(0);
      expect(report.negatives[lang].fp, `${lang} false hits on citation-free pages`).toBe(0);
    }
  });

  it('reads label offsets (code points) as UTF-16 offsets: every label span prints its id’s number', () => {
    for (const e of loadSharedCorpus()) {
      for (const l of e.labels ?? []) {
        const printed = e.text.slice(l.start, l.end);
        expect(printed.trim(), `${e.name} ${l.id}`).toBe(printed);
        expect(printed.length, `${e.name} ${l.id}`).toBeGreaterThan(0);
      }
    }
    expect(sharedCorpusPresent()).toBe(loadSharedCorpus().length > 0);
  });
});
