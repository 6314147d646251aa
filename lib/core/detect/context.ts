import { derived, type Script } from './grammar';
import { allWords, MINAMATA_SYMBOLS } from './lexicon';
import { alternation, DIGIT, escapeRe, WB, WORD_CHAR } from './normalise';

/**
 * What the text around a citation is about, for the rules that depend on it: "the Convention" is
 * Minamata's only where the text is about Minamata, a bare "resolution 6/3" is UNEA's only where no
 * other body is being discussed, a bare "decision 5/1" is the Minamata COP's only where that COP is
 * the subject. Mentions are found lazily, one chunk of text at a time, so a 2 MB page with a handful
 * of citations only scans the neighbourhoods of those citations.
 */

/** The kinds of mention that steer the context rules. */
export type MentionClass = 'minamata' | 'other' | 'topic' | 'unea' | 'body' | 'cop' | 'env' | 'law';

/** In the order of the mention pattern's groups: a numbered law first, so "Regulation (EU) 2017/852" is a law, not a treaty. */
export const CLASSES: readonly MentionClass[] = ['law', 'minamata', 'other', 'topic', 'unea', 'body', 'cop', 'env'];

/** The words of each kind of mention, in the languages of some scripts (all when absent). */
function wordsOf(scripts?: ReadonlySet<Script>): Record<MentionClass, string[]> {
  return {
    minamata: [...allWords('minamataNames', scripts), ...MINAMATA_SYMBOLS],
    other: allWords('otherInstruments', scripts),
    topic: allWords('topicWords', scripts),
    unea: [...allWords('uneaNames', scripts), 'UNEP/EA'],
    body: allWords('otherBodies', scripts),
    cop: allWords('copNames', scripts),
    env: allWords('environmentWords', scripts),
    law: allWords('lawWords', scripts),
  };
}

/**
 * A law cited by number: "Regulation (EU) 2017/852", "Directive 2011/65/EU", "loi n° 2016-1032",
 * "Ley 20.920", "Act No. 61". Without a number sign the number must have a separator, so "act 3"
 * in prose is not a law.
 */
function lawSource(words: readonly string[]): string {
  if (words.length === 0) return '(?!)';
  return (
    `${alternation(words)}\\s{0,3}(?:\\((?:EU|EC|UE|CE|EEC|CEE)\\)\\s{0,3})?` +
    `(?:(?:No|N\u00b0|N\u00ba|num|n\u00fam|number|num\u00e9ro)\\.?\\s{0,3}\\d{1,5}|\\d{1,5}(?:[/.\\-]\\d{1,5})+)(?!\\d)`
  );
}

interface Patterns {
  /** The full mention pattern. */
  mention: string;
  /**
   * The first token of every mention (up to its first space or apostrophe), as one plain alternation.
   * Scanning for these is about twice as fast as the full mention pattern, which then only runs, anchored,
   * where a first token starts: a mention can only begin where its first token does.
   */
  first: string;
}

/** Patterns by set of scripts, for the registered tables (a registration starts a new map). */
const cached = derived(() => new Map<string, Patterns>());

/**
 * The mention patterns of the languages of some scripts. A scan reads the mentions of the scripts it
 * reads, so that an English page does not pay for the Cyrillic, Han and Arabic words.
 */
export function mentionPatterns(scripts?: ReadonlySet<Script>): Patterns {
  const key = scripts ? [...scripts].sort().join('+') : '*';
  const patterns = cached();
  const hit = patterns.get(key);
  if (hit) return hit;
  const words = wordsOf(scripts);
  const tokens = [...new Set(CLASSES.flatMap((c) => words[c]).map((w) => w.split(/\s|'/)[0]!))].filter((t) => t !== '').sort((a, b) => b.length - a.length);
  const made = {
    mention: `${WB}(?:${CLASSES.map((c) => `(${c === 'law' ? lawSource(words.law) : alternation(words[c])})`).join('|')})`,
    first: tokens.map(escapeRe).join('|'),
  };
  patterns.set(key, made);
  return made;
}

/** A letter, digit or underscore before a first token means it is inside a word (checked in code, see anchors.ts). */
const INSIDE = new RegExp(`${WORD_CHAR}|${DIGIT}|_`);

const HAN = /^[\u3400-\u9fff\uf900-\ufaff]/;

/** How far the rules look for context, in characters: about a page of printed text either side. */
export const WINDOW = 3000;
export const CHUNK = 2048;
/** Longer than any mention in the tables, so a mention that starts in a chunk is seen whole. */
export const OVERLAP = 128;

interface Mention {
  at: number;
  cls: MentionClass;
}

/** Lazily built index of the mentions in one text. One per detect() call. */
export class ContextIndex {
  private readonly chunks: (Mention[] | undefined)[] = [];
  private readonly first: RegExp;
  private readonly re: RegExp;

  /** `scripts`: the scripts whose languages' mentions count (all when absent). */
  constructor(
    private readonly text: string,
    scripts?: ReadonlySet<Script>,
  ) {
    const p = mentionPatterns(scripts);
    this.first = new RegExp(p.first, 'gi');
    this.re = new RegExp(p.mention, 'iy');
  }

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
    const first = this.first;
    first.lastIndex = start - from;
    for (let c = first.exec(slice); c && from + c.index < end; c = first.exec(slice)) {
      if (c.index > 0 && INSIDE.test(slice[c.index - 1]!) && !HAN.test(c[0])) {
        first.lastIndex = c.index + 1;
        continue;
      }
      this.re.lastIndex = c.index;
      const m = this.re.exec(slice);
      if (!m) {
        first.lastIndex = c.index + 1;
        continue;
      }
      let k = 0;
      while (m[k + 1] === undefined) k++;
      found.push({ at: from + m.index, cls: CLASSES[k]! });
      first.lastIndex = m.index + m[0].length;
    }
    this.chunks[i] = found;
    return found;
  }

  /** Every mention in the text, in order (for tests). */
  all(): Array<{ at: number; cls: MentionClass }> {
    const out: Array<{ at: number; cls: MentionClass }> = [];
    for (let i = 0; i * CHUNK < this.text.length; i++) out.push(...this.chunk(i));
    return out;
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

  /** True when a mention of one of `classes` starts within `distance` characters before `pos`. */
  mentionedJustBefore(pos: number, classes: readonly MentionClass[], distance: number): boolean {
    const floor = Math.max(0, pos - distance);
    for (let c = Math.floor(Math.max(0, pos - 1) / CHUNK); c >= Math.floor(floor / CHUNK); c--) {
      for (const m of this.chunk(c)) if (m.at < pos && m.at >= floor && classes.includes(m.cls)) return true;
    }
    return false;
  }

  /** True when a mention of one of `classes` lies within the window on either side of `pos`. */
  near(pos: number, classes: readonly MentionClass[]): boolean {
    return this.latestBefore(pos, classes) !== null || this.firstAfter(pos, classes) !== null;
  }

  /**
   * "The Convention" at `pos` is Minamata's: the last treaty named before it is Minamata, or none is
   * named before and the next one named is Minamata, or none is named at all and the topic is mercury.
   */
  conventionIsMinamata(pos: number, generic = true): boolean {
    // "the Convention" cannot be a law's; a bare "Article 6" can be the numbered law's named last.
    const classes: MentionClass[] = generic ? ['minamata', 'other'] : ['minamata', 'other', 'law'];
    const last = this.latestBefore(pos, classes);
    if (last) return last === 'minamata';
    const next = this.firstAfter(pos, classes);
    if (next) return next === 'minamata';
    // Nothing named within a page either side: the page's title and opening say what it is about.
    return this.near(pos, ['topic']) || (pos > WINDOW && this.subject() === 'minamata');
  }

  /**
   * The instrument the text is about: the first one it names (its title or opening), or null when it
   * names none in its first window. Headings ("Article 3 – Mercury supply") belong to it.
   */
  subject(): 'minamata' | 'other' | null {
    const first = this.firstAfter(0, ['minamata', 'other', 'law']);
    return first === null ? null : first === 'minamata' ? 'minamata' : 'other';
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
