import { describe, expect, it } from 'vitest';
import { CITATION_KINDS } from '../detect/types';
import { highlightName, resolveCardLang } from './display';
import { HIGHLIGHT_STYLES, type CardLang } from './schema';

describe('resolveCardLang', () => {
  it.each<[CardLang, string | undefined, string]>([
    ['auto', 'fr-FR', 'fr'],
    ['auto', 'es-419', 'es'],
    ['auto', 'en-GB', 'en'],
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
