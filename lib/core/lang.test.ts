import { describe, expect, it } from 'vitest';
import { LANGS, isLang, langDir, langOfTag } from './lang';

describe('lang', () => {
  it('lists the six languages of the Convention', () => {
    expect([...LANGS].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });
  it.each([
    ['fr-CA', 'fr'], ['zh-Hans-CN', 'zh'], ['AR', 'ar'], ['ru_RU', 'ru'], ['de-DE', undefined], ['', undefined], [null, undefined],
  ] as const)('langOfTag(%s) = %s', (tag, lang) => {
    expect(langOfTag(tag)).toBe(lang);
  });
  it('knows Arabic is right to left and the others are not', () => {
    expect(LANGS.filter((l) => langDir(l) === 'rtl')).toEqual(['ar']);
    expect(isLang('es')).toBe(true);
    expect(isLang('de')).toBe(false);
  });
});
