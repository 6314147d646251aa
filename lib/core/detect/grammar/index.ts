import { LANGS } from '../../lang';
import type { DetectLang } from '../types';
import { ar } from './ar';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ru } from './ru';
import type { Grammar } from './types';
import { zh } from './zh';

export type { Grammar } from './types';

/** A Unicode script a grammar is written in. */
export type Script = Grammar['script'];

/** One table per language of lib/core/lang.ts: the type makes a missing language a compile error. */
const TABLES: Record<DetectLang, Grammar> = { en, fr, es, ru, zh, ar };

/** The fields read with a language's attached prefixes ("و", "ب", "ل"). */
const PREFIXED = ['article', 'articlePlurals', 'paragraph', 'subparagraph', 'annex', 'resolution', 'decision', 'convention', 'copNames', 'topicWords'] as const;

/** A word with each prefix attached; "ل" before the article "ال" merges with it ("للمادة"). */
function prefixed(word: string, prefixes: readonly string[]): string[] {
  return [
    word,
    ...prefixes.map((p) => (p.endsWith('ل') && word.startsWith('ال') ? p + word.slice(1) : p + word)),
  ];
}

/** Expands what a table states once (its prefixes) into the forms the recognisers read. */
function compile(g: Grammar): Grammar {
  const prefixes = g.prefixes;
  if (!prefixes?.length) return g;
  const out: Grammar = { ...g };
  for (const key of PREFIXED) {
    const words = g[key];
    if (words) (out as unknown as Record<string, readonly string[]>)[key] = words.flatMap((w) => prefixed(w, prefixes));
  }
  return out;
}

/** Every language the detector knows, in the order of lib/core/lang.ts. Adding a language is adding its table above. */
export const GRAMMARS: readonly Grammar[] = LANGS.map((l) => compile(TABLES[l]));

/** The grammar of one language, for the recognisers that try the page's language first. */
export function grammarOf(lang: DetectLang): Grammar {
  return GRAMMARS.find((g) => g.lang === lang) ?? GRAMMARS[0]!;
}

/**
 * The grammars in trial order, the hinted language first, restricted to the given scripts (Latin
 * always runs: symbols and English citations appear on pages in every language).
 */
export function grammarsFor(lang: DetectLang, scripts: ReadonlySet<Script> = new Set(['Latin'])): readonly Grammar[] {
  const first = grammarOf(lang);
  const active = GRAMMARS.filter((g) => g.script === 'Latin' || scripts.has(g.script));
  return active.includes(first) ? [first, ...active.filter((g) => g !== first)] : active;
}

/** Characters of each non-Latin script, to tell which scripts a text holds (one pass each). */
export const SCRIPT_CHARS: Readonly<Record<Exclude<Script, 'Latin'>, RegExp>> = {
  Cyrillic: /[\u0400-\u04ff]/,
  Han: /[\u3400-\u9fff\uf900-\ufaff]/,
  Arabic: /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/,
};
const ANY_OTHER = new RegExp(`[${Object.values(SCRIPT_CHARS).map((r) => r.source.slice(1, -1)).join('')}]`);

/** The scripts whose grammars can match in `text`: Latin, plus each other script that occurs in it. */
export function scriptsIn(text: string): Set<Script> {
  const out = new Set<Script>(['Latin']);
  if (!ANY_OTHER.test(text)) return out;
  for (const [script, re] of Object.entries(SCRIPT_CHARS)) if (re.test(text)) out.add(script as Script);
  return out;
}

/** The scripts a page in `lang` is read in: Latin and the language's own. */
export function scriptsOf(lang: DetectLang): Set<Script> {
  return new Set<Script>(['Latin', grammarOf(lang).script]);
}
