import { LANGS, langOfTag, type Lang } from '../lang';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import es from '../../public/_locales/es/messages.json';
import ru from '../../public/_locales/ru/messages.json';
// Chrome and Firefox name Chinese locale folders by region (zh_CN); the UN's Chinese is simplified
// Chinese, which is what that folder holds and what our `zh` means everywhere else.
import zh from '../../public/_locales/zh_CN/messages.json';
import ar from '../../public/_locales/ar/messages.json';

/** The interface ships in every language of the Convention (lib/lang.ts). */
export { LANGS, type Lang };

type Catalogue = Record<string, { message: string }>;
const catalogues: Record<Lang, Catalogue> = { en, fr, es, ru, zh, ar };

/** Every message key, taken from the English catalogue (the reference language). */
export type MessageKey = keyof typeof en;

/**
 * Picks the interface language from a browser UI language tag ("fr-CA" → "fr", "zh-Hans-CN" →
 * "zh"); anything that is not a language of the Convention falls back to English.
 */
export function langFromTag(tag: string | undefined | null): Lang {
  return langOfTag(tag) ?? 'en';
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

/**
 * Wraps text that comes from a page or from the reader (a page title, a saved title) in Unicode
 * first-strong isolates before it goes into a message, so a Latin title cannot scramble an
 * Arabic sentence around it, nor an Arabic title an English one.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** The raw catalogues, for the completeness test. */
export const _catalogues = catalogues;
