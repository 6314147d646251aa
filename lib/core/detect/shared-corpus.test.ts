import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluation';
import { detect } from './index';
import { loadSharedCorpus, sharedCorpusDir, sharedCorpusPresent } from './test-support/shared-corpus';
import type { DetectLang } from './types';

/**
 * The floor reached on the shared corpus of real pages (../shared/corpus, all six languages), so that
 * a later change cannot quietly lose recall there. The corpus holds many en/fr/es pages and a few
 * ru/zh/ar ones (4–5 each), so those floors rest on fewer citations. The corpus lives beside the repository (CI has it); a clone
 * without it checks that it is really absent, and that the loader then returns nothing rather than a
 * partial corpus.
 */
const FLOOR: Record<DetectLang, { precision: number; recall: number; pages: number }> = {
  en: { precision: 0.99, recall: 0.99, pages: 10 },
  fr: { precision: 0.99, recall: 0.98, pages: 10 },
  es: { precision: 0.99, recall: 0.97, pages: 10 },
  ru: { precision: 0.99, recall: 0.99, pages: 4 },
  zh: { precision: 0.99, recall: 0.99, pages: 3 },
  ar: { precision: 0.99, recall: 0.99, pages: 3 },
};
const LANGS_FLOORED = Object.keys(FLOOR) as DetectLang[];

describe('the shared corpus of real pages', () => {
  it('holds the precision and recall reached in each language, and no false hit on its citation-free pages', () => {
    const corpus = loadSharedCorpus();
    if (!sharedCorpusPresent()) {
      expect(existsSync(join(sharedCorpusDir(), 'labels.json'))).toBe(false);
      expect(corpus).toEqual([]);
      return;
    }
    for (const lang of LANGS_FLOORED) expect(corpus.filter((e) => e.lang === lang).length, lang).toBeGreaterThan(FLOOR[lang].pages);
    const report = evaluate(corpus, (e) => detect(e.text).map(({ id, start, end }) => ({ id, start, end })));
    for (const lang of LANGS_FLOORED) {
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
