import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CITATION_KINDS } from '../../core/detect/types';
import { highlightName, resolveCardLang } from './display';
import { HIGHLIGHT_STYLES, type CardLang } from '../../core/settings';

describe('resolveCardLang', () => {
  it.each<[CardLang, string | undefined, string]>([
    ['auto', 'fr-FR', 'fr'],
    ['auto', 'es-419', 'es'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'ru-RU', 'ru'],
    ['auto', 'zh-CN', 'zh'],
    ['auto', 'zh-TW', 'zh'],
    ['auto', 'ar-EG', 'ar'],
    ['ar', 'en-US', 'ar'],
    ['auto', 'de-DE', 'en'],
    ['auto', 'pt_BR', 'en'],
    ['auto', undefined, 'en'],
    ['fr', 'en-US', 'fr'],
    ['es', 'fr', 'es'],
    ['en', 'es', 'en'],
  ])('%s with a %s browser → %s', (cardLang, ui, expected) => {
    expect(resolveCardLang({ cardLang }, ui)).toBe(expected);
  });
});

describe('highlightName', () => {
  it('builds the prefixed name', () => {
    expect(highlightName('document', 'subtle')).toBe('mcxref-subtle-document');
    expect(highlightName('decision', 'underline')).toBe('mcxref-underline-decision');
  });

  it('gives a distinct valid CSS identifier for every kind and style', () => {
    const names = CITATION_KINDS.flatMap((kind) => HIGHLIGHT_STYLES.map((style) => highlightName(kind, style)));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z-]*$/);
  });
});

describe('entrypoints/content/highlights.css', () => {
  const css = readFileSync(new URL('../../../entrypoints/content/highlights.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const ruled = (name: string) => new RegExp(`::highlight\\(${name}\\)`).test(css);

  it('styles every kind in every painted style, and leaves "none" unpainted', () => {
    for (const kind of CITATION_KINDS) {
      for (const style of HIGHLIGHT_STYLES) expect(ruled(highlightName(kind, style)), highlightName(kind, style)).toBe(style !== 'none');
    }
  });

  it('holds nothing but ::highlight() rules (the page must not be styled)', () => {
    const selectors = [...css.matchAll(/([^{}]+)\{/g)].map((m) => m[1]!.trim()).filter((s) => !s.startsWith('@media'));
    expect(selectors.length).toBeGreaterThan(0);
    for (const group of selectors) {
      for (const selector of group.split(',')) expect(selector.trim()).toMatch(/^::highlight\(mcxref-[a-z-]+\)$/);
    }
  });

  it('has a forced-colours variant for every painted style', () => {
    const forced = css.slice(css.indexOf('@media (forced-colors: active)'));
    for (const kind of CITATION_KINDS) {
      for (const style of HIGHLIGHT_STYLES.filter((s) => s !== 'none')) expect(forced).toContain(`::highlight(${highlightName(kind, style)})`);
    }
  });
});
