import { describe, expect, it } from 'vitest';
import { LANGS, PLURAL_CATEGORIES, _catalogues, langFromTag, pluralCategory, t, tp } from './index';

// Plural families are the English keys ending in "_other"; their forms differ by language.
const FORM = new RegExp(`^(.+)_(${PLURAL_CATEGORIES.join('|')})$`);
const bases = Object.keys(_catalogues.en).flatMap((k) => (k.endsWith('_other') ? [k.slice(0, -'_other'.length)] : []));
const isPluralKey = (key: string) => bases.includes(FORM.exec(key)?.[1] ?? '');

describe('i18n catalogues', () => {
  const reference = Object.keys(_catalogues.en).filter((k) => !isPluralKey(k)).sort();
  it.each(LANGS)('%s has exactly the English keys besides plural forms', (lang) => {
    expect(Object.keys(_catalogues[lang]).filter((k) => !isPluralKey(k)).sort()).toEqual(reference);
  });
  it.each(LANGS)('%s has each plural family in exactly the forms its language uses', (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    expect(bases.length).toBeGreaterThan(5);
    for (const base of bases) {
      const forms = Object.keys(_catalogues[lang]).filter((k) => FORM.exec(k)?.[1] === base).map((k) => FORM.exec(k)![2]);
      expect(forms.sort(), `${lang}:${base}`).toEqual([...categories].sort());
    }
  });
  it.each(LANGS)('%s keeps in every plural form the placeholders of the English "_other"', (lang) => {
    const count = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
    for (const [key, value] of Object.entries(_catalogues[lang])) {
      const base = FORM.exec(key)?.[1];
      if (!base || !bases.includes(base)) continue;
      expect(count(value.message), `${lang}:${key}`).toBe(count(_catalogues.en[`${base}_other` as keyof typeof _catalogues.en]!.message));
    }
  });
  it.each(LANGS)('%s has no empty message', (lang) => {
    for (const [key, value] of Object.entries(_catalogues[lang])) {
      expect(value.message.trim(), `${lang}:${key}`).not.toBe('');
    }
  });
  it.each(LANGS)('%s keeps the same $n placeholders as English', (lang) => {
    for (const key of reference as Array<keyof typeof _catalogues.en>) {
      const count = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
      expect(count(_catalogues[lang][key]!.message), `${lang}:${key}`).toBe(count(_catalogues.en[key]!.message));
    }
  });
});

describe('store listing', () => {
  // The manifest's description is the Chrome Web Store summary, which allows 132 characters.
  it.each(LANGS)('%s description fits the Chrome Web Store limit of 132 characters', (lang) => {
    expect([..._catalogues[lang].extDescription!.message].length).toBeLessThanOrEqual(132);
  });
});

describe('langFromTag', () => {
  it.each([
    ['fr-CA', 'fr'],
    ['es_419', 'es'],
    ['en-GB', 'en'],
    ['de', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (tag, lang) => {
    expect(langFromTag(tag)).toBe(lang);
  });
});

describe('tp: plural forms by Intl.PluralRules', () => {
  it.each([
    ['en', 1, '1 time on the page'],
    ['en', 2, '2 times on the page'],
    ['en', 0, '0 times on the page'],
    ['fr', 0, '0 fois sur la page'],
    ['es', 1, '1 vez en la página'],
    ['es', 3, '3 veces en la página'],
    ['es', 1_000_000, '1000000 de veces en la página'],
  ] as const)('%s %d', (lang, n, text) => {
    expect(tp(lang, 'occurrencesLabel', n)).toBe(text);
  });

  it('fills the other placeholders after the count', () => {
    expect(tp('fr', 'onPageSummary', 1, 'Note')).toBe('1 référence sur « Note »');
    expect(tp('en', 'clearConfirm', 1)).toMatch(/^Remove the 1 saved reference\?/);
    expect(tp('fr', 'savedShown', 2, 10)).toBe('2 affichées sur 10');
  });

  it('the categories come from CLDR, so ru/zh/ar forms can be written', () => {
    expect(pluralCategory('en', 1)).toBe('one');
    expect(new Intl.PluralRules('ru').select(3)).toBe('few');
    expect(new Intl.PluralRules('ar').select(2)).toBe('two');
    expect(new Intl.PluralRules('zh').resolvedOptions().pluralCategories).toEqual(['other']);
  });
});

describe('t', () => {
  it('returns the message in the requested language', () => {
    expect(t('fr', 'commandNextCitation')).toBe('Aller à la citation suivante de la page');
  });
});
