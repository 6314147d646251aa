import { allWords, MINAMATA_SYMBOLS } from './lexicon';
import { alternation } from './normalise';

/**
 * What the text around a citation is about, for the rules that depend on it: "the Convention" is
 * Minamata's only where the text is about Minamata, a bare "resolution 6/3" is UNEA's only where no
 * other body is being discussed, a bare "decision 5/1" is the Minamata COP's only where that COP is
 * the subject. Mentions are found lazily, one chunk of text at a time, so a 2 MB page with a handful
 * of citations only scans the neighbourhoods of those citations.
 */

/** The kinds of mention that steer the context rules. */
export type MentionClass = 'minamata' | 'other' | 'topic' | 'unea' | 'body' | 'cop' | 'env';

const CLASSES: readonly MentionClass[] = ['minamata', 'other', 'topic', 'unea', 'body', 'cop', 'env'];

const SOURCES: Record<MentionClass, string> = {
  minamata: alternation([...allWords('minamataNames'), ...MINAMATA_SYMBOLS]),
  other: alternation(allWords('otherInstruments')),
  topic: alternation(allWords('topicWords')),
  unea: alternation([...allWords('uneaNames'), 'UNEP/EA']),
  body: alternation(allWords('otherBodies')),
  cop: alternation(allWords('copNames')),
  env: alternation(allWords('environmentWords')),
};

const MENTION_SOURCE = `\\b(?:${CLASSES.map((c) => `(${SOURCES[c]})`).join('|')})`;

/** How far the rules look for context, in characters: about a page of printed text either side. */
export const WINDOW = 3000;
const CHUNK = 2048;
/** Longer than any mention in the tables, so a mention that starts in a chunk is seen whole. */
const OVERLAP = 128;

interface Mention {
  at: number;
  cls: MentionClass;
}

/** Lazily built index of the mentions in one text. One per detect() call. */
export class ContextIndex {
  private readonly chunks: (Mention[] | undefined)[] = [];
  private readonly re = new RegExp(MENTION_SOURCE, 'gi');

  constructor(private readonly text: string) {}

  private chunk(i: number): Mention[] {
    const cached = this.chunks[i];
    if (cached) return cached;
    const found: Mention[] = [];
    const start = i * CHUNK;
    const end = Math.min(this.text.length, start + CHUNK);
    // Scan a slice, not the whole text from `start`: a global regex that finds nothing in this chunk
    // would otherwise run to the end of the text, and many chunks would make that quadratic. The slice
    // keeps one character before (for \b) and an overlap after, longer than any mention.
    const from = Math.max(0, start - 1);
    const slice = this.text.slice(from, Math.min(this.text.length, end + OVERLAP));
    this.re.lastIndex = start - from;
    for (let m = this.re.exec(slice); m && from + m.index < end; m = this.re.exec(slice)) {
      let k = 0;
      while (m[k + 1] === undefined) k++;
      found.push({ at: from + m.index, cls: CLASSES[k]! });
    }
    this.chunks[i] = found;
    return found;
  }

  /** The class of the last mention of one of `classes` before `pos` (within the window), if any. */
  latestBefore(pos: number, classes: readonly MentionClass[]): MentionClass | null {
    const floor = Math.max(0, pos - WINDOW);
    for (let c = Math.floor(Math.max(0, pos - 1) / CHUNK); c >= Math.floor(floor / CHUNK); c--) {
      const list = this.chunk(c);
      for (let i = list.length - 1; i >= 0; i--) {
        const m = list[i]!;
        if (m.at < pos && m.at >= floor && classes.includes(m.cls)) return m.cls;
      }
    }
    return null;
  }

  /** The class of the first mention of one of `classes` after `pos` (within the window), if any. */
  firstAfter(pos: number, classes: readonly MentionClass[]): MentionClass | null {
    const ceil = Math.min(this.text.length, pos + WINDOW);
    for (let c = Math.floor(pos / CHUNK); c * CHUNK < ceil; c++) {
      for (const m of this.chunk(c)) if (m.at >= pos && m.at < ceil && classes.includes(m.cls)) return m.cls;
    }
    return null;
  }

  /** True when a mention of one of `classes` lies within the window on either side of `pos`. */
  near(pos: number, classes: readonly MentionClass[]): boolean {
    return this.latestBefore(pos, classes) !== null || this.firstAfter(pos, classes) !== null;
  }

  /**
   * "The Convention" at `pos` is Minamata's: the last treaty named before it is Minamata, or none is
   * named before and the next one named is Minamata, or none is named at all and the topic is mercury.
   */
  conventionIsMinamata(pos: number): boolean {
    const last = this.latestBefore(pos, ['minamata', 'other']);
    if (last) return last === 'minamata';
    const next = this.firstAfter(pos, ['minamata', 'other']);
    if (next) return next === 'minamata';
    return this.near(pos, ['topic']);
  }

  /**
   * A bare "resolution n/m" at `pos` is UNEA's when UNEA is named nearby, or when no other assembly or
   * council is and the text is about the environment. Nearest-body would be wrong here: a UNEA
   * report often says the Assembly "invites the General Assembly" one clause before its next resolution.
   */
  resolutionIsUnea(pos: number): boolean {
    if (this.near(pos, ['unea'])) return true;
    if (this.near(pos, ['body'])) return false;
    return this.near(pos, ['minamata', 'topic', 'env']);
  }

  /** A bare "decision n/m" at `pos` is the Minamata COP's: mercury is the topic and the last body named is that COP. */
  decisionIsMinamataCop(pos: number): boolean {
    if (!this.near(pos, ['minamata', 'topic'])) return false;
    const last = this.latestBefore(pos, ['minamata', 'cop', 'other', 'unea', 'body']);
    if (last) return last === 'minamata' || last === 'cop';
    return this.firstAfter(pos, ['cop', 'other', 'unea', 'body']) === 'cop';
  }
}
