import { describe, expect, it } from 'vitest';
import { LANGS, _catalogues, langFromTag, t } from './index';

describe('i18n catalogues', () => {
  const reference = Object.keys(_catalogues.en).sort();
  it.each(LANGS)('%s has exactly the English keys', (lang) => {
    expect(Object.keys(_catalogues[lang]).sort()).toEqual(reference);
  });
  it.each(LANGS)('%s has no empty message', (lang) => {
    for (const [key, value] of Object.entries(_catalogues[lang])) {
      expect(value.message.trim(), `${lang}:${key}`).not.toBe('');
    }
  });
  it.each(LANGS)('%s keeps the same $n placeholders as English', (lang) => {
    for (const key of reference) {
      const count = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
      expect(count(_catalogues[lang][key]!.message), `${lang}:${key}`).toBe(count(_catalogues.en[key]!.message));
    }
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

describe('t', () => {
  it('returns the message in the requested language', () => {
    expect(t('fr', 'commandNextCitation')).toBe('Aller à la citation suivante de la page');
  });
});
