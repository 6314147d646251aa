import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import es from '../../public/_locales/es/messages.json';

/** The interface languages the extension ships. */
export const LANGS = ['en', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];

type Catalogue = Record<string, { message: string }>;
const catalogues: Record<Lang, Catalogue> = { en, fr, es };

/** Every message key, taken from the English catalogue (the reference language). */
export type MessageKey = keyof typeof en;

/**
 * Picks the interface language from a browser UI language tag ("fr-CA" → "fr"); anything we do
 * not ship falls back to English.
 */
export function langFromTag(tag: string | undefined | null): Lang {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base ?? '') ? (base as Lang) : 'en';
}

/**
 * Looks a message up in the bundled `_locales` catalogues. We bundle them instead of calling
 * `browser.i18n.getMessage` because the reader may choose a card language other than the
 * browser's. `$1`…`$9` are replaced by `subs`.
 */
export function t(lang: Lang, key: MessageKey, ...subs: Array<string | number>): string {
  const entry = catalogues[lang][key] ?? catalogues.en[key];
  const text = entry?.message ?? key;
  return subs.length === 0 ? text : text.replace(/\$(\d)/g, (m, d: string) => String(subs[Number(d) - 1] ?? m));
}

/** The raw catalogues, for the completeness test. */
export const _catalogues = catalogues;
