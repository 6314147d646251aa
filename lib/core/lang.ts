/**
 * The Convention's six equally authentic languages: the one list that detection, card language,
 * links, settings, the catalogue schema and the interface derive from. Adding a language starts here.
 */
export const LANGS = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;

export type Lang = (typeof LANGS)[number];

/** Languages written right to left among LANGS. */
const RTL: ReadonlySet<Lang> = new Set<Lang>(['ar']);

/** True when `value` is one of the six language codes. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Writing direction of a language, for `dir` attributes and logical CSS. */
export function langDir(lang: Lang): 'ltr' | 'rtl' {
  return RTL.has(lang) ? 'rtl' : 'ltr';
}

/**
 * The primary subtag of a BCP 47 tag ("fr-CA" → "fr", "zh-Hans-CN" → "zh") when it is one of LANGS,
 * else undefined.
 */
export function langOfTag(tag: string | null | undefined): Lang | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : undefined;
}
