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
