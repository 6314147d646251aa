import { derived, grammars, missingScripts, type Script, scriptsIn } from './grammar';
import { alternation, DIGIT, escapeRe, WORD_CHAR } from './normalise';

/**
 * The anchors: the literal words every citation starts with. The detector runs its recognisers
 * only where an anchor matched, which is what makes a page without citations cost one regex pass,
 * and what makes the prefilter exact: detect() cannot find a citation that does not begin at an
 * anchor, so mayContainCitation() can never say false when detect() would find something.
 *
 * Each script has its own anchors, and a scan uses only those of the scripts it reads (a page's
 * language selects them), so an English page runs the Latin anchors alone. The scan regex is a bare
 * alternation of literals (no groups, no lookarounds), the shape V8 runs fastest; word boundaries,
 * the role of the word and a cheap "could a citation follow?" test are checked in code on each hit.
 */

/** Which recogniser an anchor calls. */
export type AnchorRole = 'article' | 'paragraph' | 'subparagraph' | 'annex' | 'resolution' | 'decision' | 'symbol' | 'mc' | 'counter';

const KEYWORD_ROLES = ['article', 'paragraph', 'subparagraph', 'annex', 'resolution', 'decision'] as const;
/** Keywords that follow their number in counter languages ("第十六条"): their anchor is the counter prefix. */
const COUNTED = new Set(['article', 'paragraph', 'subparagraph', 'resolution', 'decision']);

interface Anchor {
  role: AnchorRole;
  script: Script;
  /** Whether the literal must be a whole word (scripts written with spaces). */
  bounded: boolean;
}

/** The literals of some scripts as one alternation, longest first so that "articles" is preferred to "article". */
function sourceOf(anchors: ReadonlyMap<string, Anchor>, scripts: ReadonlySet<Script>): string {
  return [...anchors]
    .filter(([, a]) => scripts.has(a.script))
    .map(([w]) => w)
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
}

const WORD_BEFORE = new RegExp(`${WORD_CHAR}|${DIGIT}|_`);
const LETTER_AFTER = new RegExp(WORD_CHAR);
const LETTER_LAST = new RegExp(`${WORD_CHAR}$`);

const alt = (words: Iterable<string>): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRe).join('|');

/** The anchors of the registered grammars and what is built from them, rebuilt when a grammar is registered. */
const state = derived(() => {
  const all = grammars();
  const anchors = new Map<string, Anchor>();
  for (const g of all) {
    const bounded = g.script !== 'Han';
    if (g.counterPrefix) anchors.set(g.counterPrefix, { role: 'counter', script: g.script, bounded });
    for (const role of KEYWORD_ROLES) {
      if (g.counterPrefix && COUNTED.has(role)) continue;
      for (const w of g[role]) anchors.set(w.toLowerCase(), { role, script: g.script, bounded });
    }
  }
  anchors.set('unep', { role: 'symbol', script: 'Latin', bounded: true });
  for (const h of ['-', '\u2010', '\u2011', '\u2012', '\u2013', '']) anchors.set(`mc${h}`, { role: 'mc', script: 'Latin', bounded: true });
  // "MC/COP.4/12": a meeting symbol with its UNEP/ prefix dropped.
  anchors.set('mc/cop', { role: 'symbol', script: 'Latin', bounded: true });

  const subLetters = all.flatMap((g) => (g.subLetters ?? []).flat());
  const annexLetters = all.flatMap((g) => [...Object.keys(g.annexLetters ?? {}), ...Object.keys(g.annexSeries?.letters ?? {})]);
  const hanDigits = all.flatMap((g) => [...Object.keys(g.numerals?.digits ?? {}), ...Object.keys(g.numerals?.units ?? {})]);
  // What must follow each role's word for a citation to be possible; a failed test skips the
  // recognisers entirely, which is most of the cost on prose ("this article was updated").
  const next: Record<AnchorRole, RegExp> = {
    article: new RegExp(`\\s{0,4}${DIGIT}`, 'y'),
    paragraph: new RegExp(`\\s{0,4}${DIGIT}`, 'y'),
    subparagraph: new RegExp(`\\s{0,4}(?:${DIGIT}|[(（]?\\s?(?:[a-z]${subLetters.length ? `|${alt(subLetters)}` : ''})\\s?[)）])`, 'iy'),
    annex: new RegExp(`\\s{0,4}(?:[A-E]${annexLetters.length ? `|${alt(annexLetters)}` : ''})`, 'iy'),
    resolution: new RegExp(`\\s{0,4}(?:${DIGIT}|${alternation(all.flatMap((g) => g.uneaNames))})`, 'iy'),
    decision: new RegExp(`\\s{0,4}(?:MC|${DIGIT})`, 'iy'),
    symbol: /\s{0,2}[/.]/y,
    mc: /\s?\d/y,
    counter: new RegExp(`\\s{0,2}(?:[0-9]|MC${hanDigits.length ? `|${alt(hanDigits)}` : ''})`, 'iy'),
  };
  return {
    anchors,
    next,
    allPrefilter: new RegExp(sourceOf(anchors, new Set(all.map((g) => g.script))), 'i'),
    /** Scanner sources by set of scripts. */
    scanners: new Map<string, string>(),
  };
});

/** The Latin anchors: the scan of a page in en/fr/es, the prefilter's first pass and the benchmark's floor (the Latin tables are always registered). */
export const FLOOR_SOURCE = sourceOf(state().anchors, new Set(['Latin']));
const LATIN_PREFILTER = new RegExp(FLOOR_SOURCE, 'i');

/** Called with the scripts of every scan started (tests check that an English page scans Latin alone). */
let observer: ((scripts: readonly Script[]) => void) | null = null;
export function observeAnchorScans(fn: ((scripts: readonly Script[]) => void) | null): void {
  observer = fn;
}

/** A fresh global scanner over the anchors of `scripts` (Latin alone by default); callers own its lastIndex. */
export function anchorScanner(scripts: ReadonlySet<Script> = new Set(['Latin'])): RegExp {
  const key = [...scripts].sort().join('+');
  const { anchors, scanners } = state();
  let source = scanners.get(key);
  if (source === undefined) scanners.set(key, (source = sourceOf(anchors, scripts)));
  observer?.([...scripts].sort());
  return new RegExp(source, 'gi');
}

/**
 * The role of a literal hit made by anchorScanner(), or null when it is not a whole word ("particle",
 * "decisions-making") or nothing citable follows it. Han words need no boundary.
 */
export function roleAt(text: string, m: RegExpExecArray): AnchorRole | null {
  const word = m[0];
  const { anchors, next: NEXT } = state();
  const anchor = anchors.get(word.toLowerCase());
  if (!anchor) return null;
  const end = m.index + word.length;
  if (anchor.bounded) {
    if (m.index > 0 && WORD_BEFORE.test(text[m.index - 1]!)) return null;
    if (LETTER_LAST.test(word) && end < text.length && LETTER_AFTER.test(text[end]!)) return null;
  }
  const next = NEXT[anchor.role];
  next.lastIndex = end;
  return next.test(text) ? anchor.role : null;
}

/**
 * The cheap test the page layer runs on every text block: true when the block holds any anchor
 * word. The Latin anchors are tried first; the others only when the text holds a non-Latin script.
 * Never false when detect() with all six languages would find a citation: a text in a script whose
 * tables are not registered yet is a candidate.
 */
export function mayContainCitation(text: string): boolean {
  if (typeof text !== 'string') return false;
  if (LATIN_PREFILTER.test(text)) return true;
  // A script whose tables are not registered yet may hold a citation the complete detector finds.
  if (scriptsIn(text).size > 1 && (state().allPrefilter.test(text) || missingScripts(text).length > 0)) return true;
  return HEADING_PREFILTER.test(text);
}

/**
 * The one citation that starts without a word: the numbered heading of a UNEA resolution at the start
 * of a line ("3/7. Marine litter and microplastics"), in a resolution document or a table of
 * contents. `RESOLUTION_HEADING` reads it at a line start (sticky); the prefilter finds one anywhere.
 */
const HEADING_SHAPE = '[ \\t\\u00a0]{0,4}(\\d{1,2}) ?\\/ ?(\\d{1,2})\\.[ \\t\\u00a0]{1,4}(?=\\p{Lu})';
export const RESOLUTION_HEADING = new RegExp(HEADING_SHAPE, 'uy');
const HEADING_PREFILTER = new RegExp(`(?:^|\\n)${HEADING_SHAPE}`, 'u');
