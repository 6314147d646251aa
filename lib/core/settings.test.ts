import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LANGS } from './lang';
import { CARD_LANGS, InvalidSettingError, applyPatch, defaultSettings, parseSettings } from './settings';

describe('card languages', () => {
  it('are automatic or any of the six languages of the Convention', () => {
    expect(CARD_LANGS).toEqual(['auto', ...LANGS]);
  });
  it.each(LANGS)('%s is kept when stored and accepted as a change', (lang) => {
    expect(parseSettings({ cardLang: lang }).cardLang).toBe(lang);
    expect(applyPatch(defaultSettings(), { cardLang: lang }).cardLang).toBe(lang);
  });
  it('a language outside the six is refused by name', () => {
    expect(() => applyPatch(defaultSettings(), { cardLang: 'de' as never })).toThrow(/auto, en, fr, es, ru, zh, ar/);
  });
});

describe('parseSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({
      kinds: { document: true, article: true, resolution: true, decision: true },
      disabledSites: [],
      hoverDelayMs: 300,
      cardLang: 'auto',
      highlightStyle: 'subtle',
    });
  });

  it.each([null, 42, 'settings', [], true])('gives the defaults for a stored %j', (stored) => {
    expect(parseSettings(stored)).toEqual(defaultSettings());
  });

  it('keeps valid values', () => {
    const stored = {
      kinds: { document: false, article: true, resolution: false, decision: true },
      disabledSites: ['example.org', 'news.example.com'],
      hoverDelayMs: 0,
      cardLang: 'fr',
      highlightStyle: 'underline',
    };
    expect(parseSettings(stored)).toEqual(stored);
  });

  it.each([
    ['hoverDelayMs', -1],
    ['hoverDelayMs', 2001],
    ['hoverDelayMs', 12.5],
    ['hoverDelayMs', '300'],
    ['hoverDelayMs', Number.NaN],
    ['cardLang', 'de'],
    ['cardLang', 'FR'],
    ['cardLang', null],
    ['highlightStyle', 'neon'],
    ['highlightStyle', 3],
  ])('falls back to the default for %s = %j and keeps the other fields', (field, bad) => {
    const stored = { kinds: { document: false }, disabledSites: ['example.org'], hoverDelayMs: 500, cardLang: 'es', highlightStyle: 'strong', [field]: bad };
    const parsed = parseSettings(stored);
    expect(parsed[field as keyof typeof parsed]).toEqual(defaultSettings()[field as keyof typeof parsed]);
    expect(parsed.kinds.document).toBe(false);
    expect(parsed.disabledSites).toEqual(['example.org']);
    for (const other of ['hoverDelayMs', 'cardLang', 'highlightStyle'] as const) {
      if (other !== field) expect(parsed[other]).toBe(stored[other]);
    }
  });

  it('checks each kind on its own', () => {
    const parsed = parseSettings({ kinds: { document: 'no', article: false, resolution: 0, annex: false } });
    expect(parsed.kinds).toEqual({ document: true, article: false, resolution: true, decision: true });
  });

  it('drops invalid and duplicate sites, keeps the rest, lower-cases hostnames', () => {
    const parsed = parseSettings({ disabledSites: ['Example.ORG', 'https://x.org/', 7, '', 'a b.com', 'example.org', '[::1]', 'localhost'] });
    expect(parsed.disabledSites).toEqual(['example.org', '[::1]', 'localhost']);
  });

  it('reads an older shape without crashing (unknown fields ignored)', () => {
    expect(parseSettings({ version: 0, enabled: false, delay: 100, hoverDelayMs: 100 })).toEqual({ ...defaultSettings(), hoverDelayMs: 100 });
  });

  it('never throws and always returns valid settings, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const parsed = parseSettings(stored);
        expect(parsed.hoverDelayMs).toBeGreaterThanOrEqual(0);
        expect(parsed.hoverDelayMs).toBeLessThanOrEqual(2000);
        expect(CARD_LANGS).toContain(parsed.cardLang);
        expect(Object.keys(parsed.kinds).sort()).toEqual(['article', 'decision', 'document', 'resolution']);
      }),
    );
  });
});

describe('applyPatch', () => {
  it('changes only what the patch names', () => {
    const next = applyPatch(defaultSettings(), { kinds: { article: false }, hoverDelayMs: 800 });
    expect(next).toEqual({ ...defaultSettings(), kinds: { ...defaultSettings().kinds, article: false }, hoverDelayMs: 800 });
  });

  it('does not mutate the current settings', () => {
    const current = defaultSettings();
    applyPatch(current, { kinds: { document: false }, disabledSites: ['a.org'] });
    expect(current).toEqual(defaultSettings());
  });

  it.each([
    [{ hoverDelayMs: 5000 }, 'hoverDelayMs'],
    [{ hoverDelayMs: -5 }, 'hoverDelayMs'],
    [{ cardLang: 'de' }, 'cardLang'],
    [{ highlightStyle: 'rainbow' }, 'highlightStyle'],
    [{ disabledSites: ['not a host'] }, 'disabledSites'],
    [{ kinds: { annex: true } }, 'kinds.annex'],
    [{ kinds: { document: 'yes' } }, 'kinds.document'],
  ])('refuses %j and names the field', (patch, field) => {
    expect(() => applyPatch(defaultSettings(), patch as never)).toThrow(InvalidSettingError);
    try {
      applyPatch(defaultSettings(), patch as never);
    } catch (error) {
      expect((error as InvalidSettingError).field).toBe(field);
      expect((error as Error).message).toContain(field);
    }
  });
});
