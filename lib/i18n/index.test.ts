import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, _catalogues, langFromTag, t } from './index';
import { langOfTag } from '../lang';
import { CARD_LABEL_KEYS } from '../../components/card/labels';
import { cardLabels } from '../cards/labels';

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
  // Chrome reads "$word$" as a named placeholder and refuses to load the extension when it is undefined ("$1$2" is one).
  it.each(LANGS)('%s has no text Chrome would take for a named placeholder', (lang) => {
    for (const [key, value] of Object.entries(_catalogues[lang])) expect(value.message, `${lang}:${key}`).not.toMatch(/\$[A-Za-z0-9_@]+\$/);
  });
  it.each(LANGS)('%s keeps the same $n placeholders as English', (lang) => {
    for (const key of reference) {
      const count = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
      expect(count(_catalogues[lang][key]!.message), `${lang}:${key}`).toBe(count(_catalogues.en[key]!.message));
    }
  });
});

describe('locale folders', () => {
  const folders = readdirSync(join(import.meta.dirname, '../../public/_locales')).sort();
  it('there is one folder per language of the Convention (Chinese under the zh_CN name browsers use), and no other', () => {
    expect(folders).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh_CN']);
    expect(folders.map((f) => langOfTag(f)).sort()).toEqual([...LANGS].sort());
    expect(Object.keys(_catalogues).sort()).toEqual([...LANGS].sort());
  });
  // Chrome refuses to load an extension whose localised name or description is too long.
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
    expect(Object.keys(labels).sort()).toEqual([...CARD_LABEL_KEYS].sort());
    for (const key of CARD_LABEL_KEYS) expect(labels[key], key).toMatch(SCRIPTS[lang]);
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

describe('t', () => {
  it('returns the message in the requested language', () => {
    expect(t('fr', 'commandNextCitation')).toBe('Aller à la citation suivante de la page');
  });
});
