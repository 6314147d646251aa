import { LANGS, langOfTag, type Lang } from '../lang';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import es from '../../../public/_locales/es/messages.json';
import ru from '../../../public/_locales/ru/messages.json';
// Chrome and Firefox name Chinese locale folders by region (zh_CN); the UN's Chinese is simplified
// Chinese, which is what that folder holds and what our `zh` means everywhere else.
import zh from '../../../public/_locales/zh_CN/messages.json';
import ar from '../../../public/_locales/ar/messages.json';

/** The interface ships in every language of the Convention (lib/core/lang.ts). */
export { LANGS, type Lang };

type Catalogue = Record<string, { message: string }>;
const catalogues: Record<Lang, Catalogue> = { en, fr, es, ru, zh, ar };

/** Every message key, taken from the English catalogue (the reference language). */
export type MessageKey = keyof typeof en;

/**
 * Plural messages. A count-dependent message is a family of keys `<base>_<category>`, one per
 * CLDR plural category the language uses (Intl.PluralRules(lang).resolvedOptions().pluralCategories):
 * English `_one`, `_other`; French and Spanish `_one`, `_many`, `_other`; Russian `_one`, `_few`,
 * `_many`, `_other`; Chinese `_other` only; Arabic `_zero`, `_one`, `_two`, `_few`, `_many`,
 * `_other`. `_other` exists in every language and is the fallback. Every form keeps the English
 * `_other` placeholders, the count being `$1`.
 */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];
export type PluralBase = { [K in MessageKey]: K extends `${infer B}_other` ? B : never }[MessageKey];

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

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The plural category of `count` in `lang` ("one", "few", "other"…). */
export function pluralCategory(lang: Lang, count: number): PluralCategory {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

/**
 * The raw message of one plural form, with its placeholders: the language's own form, else its
 * `_other`, else English's.
 */
export function pluralTemplate(lang: Lang, base: PluralBase, category: PluralCategory): string {
  const own = catalogues[lang][`${base}_${category}`] ?? catalogues[lang][`${base}_other`];
  return (own ?? catalogues.en[`${base}_${category}`] ?? catalogues.en[`${base}_other`])?.message ?? base;
}

/** The message of a plural family for `count` (which fills `$1`; `subs` fill `$2`…). */
export function tp(lang: Lang, base: PluralBase, count: number, ...subs: Array<string | number>): string {
  const text = pluralTemplate(lang, base, pluralCategory(lang, count));
  return text.replace(/\$(\d)/g, (m, d: string) => String([count, ...subs][Number(d) - 1] ?? m));
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
