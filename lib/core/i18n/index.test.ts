import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, PLURAL_CATEGORIES, _catalogues, isolate, langFromTag, pluralCategory, t, tp } from './index';
import { langOfTag } from '../lang';
import { CARD_LABEL_KEYS } from '../card-labels';
import { cardLabels } from '../../card/build/labels';

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
  // Chrome reads "$word$" as a named placeholder and refuses to load the extension when it is undefined ("$1$2" is one).
  it.each(LANGS)('%s has no text Chrome would take for a named placeholder', (lang) => {
    for (const [key, value] of Object.entries(_catalogues[lang])) expect(value.message, `${lang}:${key}`).not.toMatch(/\$[A-Za-z0-9_@]+\$/);
  });
  it.each(LANGS)('%s keeps the same $n placeholders as English', (lang) => {
    for (const key of reference as Array<keyof typeof _catalogues.en>) {
      const count = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
      expect(count(_catalogues[lang][key]!.message), `${lang}:${key}`).toBe(count(_catalogues.en[key]!.message));
    }
  });
});

describe('locale folders', () => {
  const folders = readdirSync(join(import.meta.dirname, '../../../public/_locales')).sort();
  it('there is one folder per language of the Convention (Chinese under the zh_CN name browsers use), and no other', () => {
    expect(folders).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh_CN']);
    expect(folders.map((f) => langOfTag(f)).sort()).toEqual([...LANGS].sort());
    expect(Object.keys(_catalogues).sort()).toEqual([...LANGS].sort());
  });
  // The manifest's name and description, within Chrome's limits: 75 characters, and 132 for the Chrome Web Store summary.
  it.each(LANGS)('%s: the name fits in 75 characters and the description in 132', (lang) => {
    expect([..._catalogues[lang].extName!.message].length).toBeLessThanOrEqual(75);
    expect([..._catalogues[lang].extDescription!.message].length).toBeLessThanOrEqual(132);
  });
});

/** The script each language is written in, to check that its catalogue is translated rather than copied. */
const SCRIPTS = { ru: /\p{Script=Cyrillic}/u, zh: /\p{Script=Han}/u, ar: /\p{Script=Arabic}/u } as const;
/** Messages that are the same in every language: language names written in their own script, formats, symbols. */
const SAME_EVERYWHERE = new Set(['langEn', 'langFr', 'langEs', 'langRu', 'langZh', 'langAr', 'exportRis', 'exportCsl', 'occurrences', 'cardLinkLabel', 'cardPlaceDates']);

describe.each(Object.keys(SCRIPTS) as Array<keyof typeof SCRIPTS>)('the %s interface', (lang) => {
  it('is written in its own script in every message', () => {
    const untranslated = Object.entries(_catalogues[lang])
      .filter(([key, { message }]) => !SAME_EVERYWHERE.has(key) && !SCRIPTS[lang].test(message))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
  it('gives the card every label, in its script', () => {
    const labels = cardLabels(lang);
    expect(Object.keys(labels)).toEqual(expect.arrayContaining([...CARD_LABEL_KEYS, 'cardSeveral_other', 'cardMoreCited_other']));
    for (const [key, label] of Object.entries(labels)) expect(label, key).toMatch(SCRIPTS[lang]);
  });
});

describe('isolate', () => {
  it('wraps page text in first-strong isolates so it keeps its own direction inside a message', () => {
    expect(t('ar', 'removedStatus', isolate('Budget decision'))).toBe('أُزيلت \u2068Budget decision\u2069.');
  });
});

describe('langFromTag', () => {
  it.each([
    ['fr-CA', 'fr'],
    ['es_419', 'es'],
    ['en-GB', 'en'],
    ['ru-RU', 'ru'],
    ['zh-Hans-CN', 'zh'],
    ['zh_TW', 'zh'],
    ['ar-EG', 'ar'],
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
    ['ru', 1, '1 раз на странице'],
    ['ru', 3, '3 раза на странице'],
    ['ru', 5, '5 раз на странице'],
    ['ru', 21, '21 раз на странице'],
    ['zh', 1, '在本页出现 1 次'],
    ['ar', 2, 'مرتان (2) في الصفحة'],
    ['ar', 3, '3 مرات في الصفحة'],
    ['ar', 11, '11 مرة في الصفحة'],
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
