import type { ContextIndex } from './context';
import type { Grammar } from './grammar/types';
import type { Citation, DetectLang } from './types';

/** What one detect() call knows about its text; the costly parts are computed on first use. */
export interface Scan {
  readonly text: string;
  /** The hinted language, or the detected one. */
  lang(): DetectLang;
  /** The grammars in trial order, the scan's language first. */
  grammars(): readonly Grammar[];
  /** The lazily built context index of the text. */
  context(): ContextIndex;
}

/** What a recogniser found at an anchor: its citations (possibly none, when rejected) and where the phrase ends. */
export interface Recognised {
  citations: Citation[];
  end: number;
  /** Why the phrase was taken or rejected (attribution, context), for `npm run eval -- --explain`. */
  why?: string;
}

/** A recogniser runs at one anchor and returns null when nothing there parses. */
export type Recogniser = (scan: Scan, at: number) => Recognised | null;

/** Numbers the recognisers accept, by kind: outside these a "n/m" is a date, a score or another series. */
export const LIMITS = {
  articles: 35,
  paragraphs: 30,
  sessions: 9,
  resolutions: 40,
  cops: 9,
  decisions: 60,
} as const;

/**
 * Reads the phrase at an anchor with each of the scan's grammars and keeps the longest reading:
 * the grammars share keywords ("article", "resolution"), and the one that reads further understood
 * more of the phrase. A tie goes to the grammar tried first, the scan's language.
 */
export function longestReading<T>(scan: Scan, read: (g: Grammar) => T | null, end: (reading: T) => number): { reading: T; lang: DetectLang } | null {
  let best: { reading: T; lang: DetectLang; end: number } | null = null;
  for (const g of scan.grammars()) {
    const reading = read(g);
    if (reading === null) continue;
    const e = end(reading);
    if (!best || e > best.end) best = { reading, lang: g.lang, end: e };
  }
  return best && { reading: best.reading, lang: best.lang };
}
