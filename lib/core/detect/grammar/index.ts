import { LANGS } from '../../lang';
import type { DetectLang } from '../types';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Grammar } from './types';

export type { Grammar } from './types';

/** A Unicode script a grammar is written in. */
export type Script = Grammar['script'];

/**
 * The script of each language of lib/core/lang.ts, known before its table is loaded (a missing
 * language is a compile error). The content script ships the Latin tables and loads the others
 * only for a page that needs them (lib/page/grammars.ts), so what depends on a language's script
 * (which grammars a page needs, the language of a text) must not wait for its table.
 */
export const SCRIPT_OF: Readonly<Record<DetectLang, Script>> = { en: 'Latin', fr: 'Latin', es: 'Latin', ru: 'Cyrillic', zh: 'Han', ar: 'Arabic' };

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

const registered = new Map<DetectLang, Grammar>();
let active: readonly Grammar[] = [];
/** Bumped by every registration: what is derived from the tables is rebuilt when it changes (see derived()). */
let version = 0;

/**
 * Adds tables to the detector (the Latin ones are always there; the content script adds Cyrillic,
 * Han and Arabic when a page needs them; lib/core/detect/index.ts adds them all). Idempotent;
 * returns true when a table was new. The grammars stay in the order of lib/core/lang.ts whatever
 * the order of registration, so a detector with all six behaves the same however it got them.
 */
export function registerGrammars(tables: readonly Grammar[]): boolean {
  let added = false;
  for (const t of tables) {
    if (registered.has(t.lang)) continue;
    if (SCRIPT_OF[t.lang] !== t.script) throw new Error(`grammar ${t.lang}: script ${t.script}, expected ${SCRIPT_OF[t.lang]}`);
    registered.set(t.lang, compile(t));
    added = true;
  }
  if (added) {
    active = LANGS.flatMap((l) => registered.get(l) ?? []);
    version++;
  }
  return added;
}

registerGrammars([en, fr, es]);

/** The registered grammars, in the order of lib/core/lang.ts. */
export function grammars(): readonly Grammar[] {
  return active;
}

/**
 * A value computed from the registered tables (a regex over every language's words), built on first
 * use and rebuilt after a registration. Reading it costs a comparison.
 */
export function derived<T>(build: () => T): () => T {
  let at = -1;
  let value: T;
  return () => {
    if (at !== version) {
      value = build();
      at = version;
    }
    return value;
  };
}

/** The grammar of one language, for the recognisers that try the page's language first (English when it is not registered). */
export function grammarOf(lang: DetectLang): Grammar {
  return registered.get(lang) ?? active[0]!;
}

/**
 * The grammars in trial order, the hinted language first, restricted to the given scripts (Latin
 * always runs: symbols and English citations appear on pages in every language).
 */
export function grammarsFor(lang: DetectLang, scripts: ReadonlySet<Script> = new Set(['Latin'])): readonly Grammar[] {
  const first = grammarOf(lang);
  const list = active.filter((g) => g.script === 'Latin' || scripts.has(g.script));
  return list.includes(first) ? [first, ...list.filter((g) => g !== first)] : list;
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
  return new Set<Script>(['Latin', SCRIPT_OF[lang]]);
}

/**
 * The scripts a text is read in: with the page's language, Latin and that language's script (a
 * page's language selects its grammars); without one, Latin and every script the text holds.
 */
export function scriptsFor(text: string, hint: DetectLang | undefined): Set<Script> {
  return hint ? scriptsOf(hint) : scriptsIn(text);
}

/**
 * The scripts detect(text, { lang: hint }) reads whose languages are not all registered: empty when
 * the detector already reads this text exactly as one with all six tables would.
 */
export function missingScripts(text: string, hint?: DetectLang): Script[] {
  const scripts = scriptsFor(typeof text === 'string' ? text : '', hint);
  return [...scripts].filter((s) => LANGS.some((l) => SCRIPT_OF[l] === s && !registered.has(l)));
}
