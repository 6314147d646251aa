import type { DetectLang } from './types';
import { LANGS } from '../lang';
import { derived, grammars, type Script, SCRIPT_CHARS, SCRIPT_OF, scriptsIn } from './grammar';
import { escapeRe, WB, WORD_CHAR } from './normalise';

/** Enough text to tell the languages apart; reading more only costs time on long pages. */
const SAMPLE = 20_000;
/** A Han character carries about a word; letters of alphabets about a fifth of one. */
const WEIGHT: Partial<Record<Script, number>> = { Han: 3 };

/** The function words of the registered tables and the languages each votes for, rebuilt when a grammar is registered. */
const stopWords = derived(() => {
  const votes = new Map<string, DetectLang[]>();
  for (const g of grammars()) {
    for (const w of g.stopWords) votes.set(w.toLowerCase(), [...(votes.get(w.toLowerCase()) ?? []), g.lang]);
  }
  return { votes, STOP_RE: new RegExp(`${WB}(?:${[...votes.keys()].map(escapeRe).join('|')})(?!${WORD_CHAR})`, 'gi') };
});
const LATIN = /[A-Za-z\u00c0-\u024f]/g;
const COUNTERS = Object.fromEntries(Object.entries(SCRIPT_CHARS).map(([s, re]) => [s, new RegExp(re.source, 'g')])) as Record<string, RegExp>;

const count = (re: RegExp, s: string): number => s.match(re)?.length ?? 0;

/** The script most of the sample's letters are written in. */
function scriptOf(sample: string): Script {
  if (scriptsIn(sample).size === 1) return 'Latin';
  let best: Script = 'Latin';
  let bestCount = count(LATIN, sample);
  for (const [script, re] of Object.entries(COUNTERS)) {
    const n = count(re, sample) * (WEIGHT[script as Script] ?? 1);
    if (n > bestCount) {
      best = script as Script;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Guesses the language of a text: first the script most of its letters are written in, then,
 * among that script's languages, a vote of their function words. The detector needs it to order
 * the grammars (ties between languages that share a keyword) and to label citations, so the
 * first 20 000 characters are enough. English when nothing votes.
 */
export function detectLanguage(text: string): DetectLang {
  if (typeof text !== 'string' || text.length === 0) return 'en';
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const script = scriptOf(sample);
  // The languages of the script, known without their tables: a page in Russian is Russian before its table is loaded.
  const candidates = LANGS.filter((l) => SCRIPT_OF[l] === script);
  if (candidates.length === 1) return candidates[0]!;
  const { votes, STOP_RE } = stopWords();
  const tally = new Map<DetectLang, number>();
  STOP_RE.lastIndex = 0;
  for (let m = STOP_RE.exec(sample); m; m = STOP_RE.exec(sample)) {
    for (const lang of votes.get(m[0].toLowerCase()) ?? []) tally.set(lang, (tally.get(lang) ?? 0) + 1);
  }
  let best: DetectLang = candidates[0] ?? 'en';
  let bestCount = 0;
  for (const lang of candidates) {
    const n = tally.get(lang) ?? 0;
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return best;
}
