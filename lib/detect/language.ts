import type { DetectLang } from './types';
import { GRAMMARS } from './grammar';
import { escapeRe } from './normalise';

/** Enough text to tell three languages apart; reading more only costs time on long pages. */
const SAMPLE = 20_000;

const votes = new Map<string, DetectLang[]>();
for (const g of GRAMMARS) {
  for (const w of g.stopWords) votes.set(w, [...(votes.get(w) ?? []), g.lang]);
}
const STOP_RE = new RegExp(`\\b(?:${[...votes.keys()].map(escapeRe).join('|')})\\b`, 'gi');

/**
 * Guesses the language of a text from its function words. The detector needs it only to break ties
 * between grammars that share a keyword ("article" is English and French) and to label citations,
 * so a vote over the first 20 000 characters is enough. English when nothing votes.
 */
export function detectLanguage(text: string): DetectLang {
  if (typeof text !== 'string' || text.length === 0) return 'en';
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const tally = new Map<DetectLang, number>();
  STOP_RE.lastIndex = 0;
  for (let m = STOP_RE.exec(sample); m; m = STOP_RE.exec(sample)) {
    for (const lang of votes.get(m[0].toLowerCase()) ?? []) tally.set(lang, (tally.get(lang) ?? 0) + 1);
  }
  let best: DetectLang = 'en';
  let bestCount = 0;
  for (const g of GRAMMARS) {
    const n = tally.get(g.lang) ?? 0;
    if (n > bestCount) {
      best = g.lang;
      bestCount = n;
    }
  }
  return best;
}
