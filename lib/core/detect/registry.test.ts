import { describe, expect, it } from 'vitest';
// The detector without the other scripts' tables, as the content script bundles it: this file must
// not import ./index (which registers all six) before the Latin-only readings are taken.
import { detect, detectLanguage, mayContainCitation, missingScripts, registerGrammars } from './detector';
import { grammars } from './grammar';
import { OTHER_SCRIPT_GRAMMARS } from './grammar/other-scripts';
import { loadCorpus } from './test-support/corpus';
import { loadSharedCorpus, sharedCorpusPresent } from './test-support/shared-corpus';

const own = loadCorpus();
const corpus = [...own, ...loadSharedCorpus()];
const latinPages = corpus.filter((e) => e.lang === 'en' || e.lang === 'fr' || e.lang === 'es');
const otherPages = corpus.filter((e) => !latinPages.includes(e));

const wrongScript = ((): string | null => {
  try {
    registerGrammars([{ ...OTHER_SCRIPT_GRAMMARS[0]!, script: 'Han' }]);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
})();

// Taken before any registration: what the content script finds before it loads anything.
const before = {
  langs: grammars().map((g) => g.lang),
  missing: {
    english: missingScripts('Article 16 of the Minamata Convention', 'en'),
    russianHint: missingScripts('Article 16', 'ru'),
    cyrillicText: missingScripts('статья 16 и 第十六条'),
    arabicText: missingScripts('المادة 16'),
    latinText: missingScripts('article 16, paragraphe 2'),
  },
  languages: otherPages.map((e) => detectLanguage(e.text)),
  candidates: ['статья 16', '第十六条', 'المادة 16', 'a plain sentence'].map(mayContainCitation),
  latin: latinPages.map((e) => ({ hinted: detect(e.text, { lang: e.lang }), guessed: detect(e.text), may: mayContainCitation(e.text) })),
};
const added = registerGrammars(OTHER_SCRIPT_GRAMMARS);
const addedAgain = registerGrammars(OTHER_SCRIPT_GRAMMARS);

describe('grammar registration', () => {
  it('starts with the Latin tables alone and adds the others once, in the order of lib/core/lang.ts', () => {
    expect(before.langs).toEqual(['en', 'fr', 'es']);
    expect(added).toBe(true);
    expect(addedAgain).toBe(false);
    expect(grammars().map((g) => g.lang)).toEqual(['en', 'fr', 'es', 'ru', 'zh', 'ar']);
  });

  it('tells which scripts a text needs that are not registered: the hinted language, else the scripts the text holds', () => {
    expect(before.missing).toEqual({
      english: [],
      russianHint: ['Cyrillic'],
      cyrillicText: ['Cyrillic', 'Han'],
      arabicText: ['Arabic'],
      latinText: [],
    });
    expect(missingScripts('статья 16', 'ru')).toEqual([]);
    expect(missingScripts('第十六条')).toEqual([]);
  });

  it('takes a text in a script not registered yet as a candidate for the prefilter', () => {
    expect(before.candidates).toEqual([true, true, true, false]);
  });

  it('knows the language of a page in another script before its table is registered', () => {
    expect(before.languages).toEqual(otherPages.map((e) => detectLanguage(e.text)));
    expect(before.languages).toEqual(expect.arrayContaining(['ru', 'zh', 'ar']));
  });

  it('reads Latin-script pages exactly as the detector with all six does', () => {
    // Every Latin-script page of our corpus, and of the shared corpus where it sits beside the checkout.
    const ownLatin = own.filter((e) => e.lang === 'en' || e.lang === 'fr' || e.lang === 'es').length;
    expect(ownLatin).toBeGreaterThan(30);
    expect(latinPages.length).toBeGreaterThan(sharedCorpusPresent() ? 50 + ownLatin : ownLatin - 1);
    expect(before.latin.reduce((n, r) => n + r.hinted.length, 0)).toBeGreaterThan(100);
    latinPages.forEach((e, i) => {
      const b = before.latin[i]!;
      expect(b.hinted, e.name).toEqual(detect(e.text, { lang: e.lang }));
      expect(b.guessed, e.name).toEqual(detect(e.text));
      expect(b.may, e.name).toBe(mayContainCitation(e.text));
    });
  });

  it('rejects a table whose script is not its language’s, registering nothing', () => {
    expect(wrongScript).toMatch(/grammar ru: script Han, expected Cyrillic/);
    expect(before.langs).toEqual(['en', 'fr', 'es']);
  });
});
