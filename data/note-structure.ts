/**
 * Splits a note's plain text (as exported from the UN Word file) into paragraphs that know where
 * they sit, numbered as the note prints them, so that "cited in the note" can say "paragraph 4
 * (section II)", "paragraph 6 of the draft decision" or "footnote 1". The text is joined back
 * into one string for detection, because the detector needs the surrounding text to decide that
 * "la Convention" means the Minamata Convention.
 */
import type { NotePlace } from '../lib/core/index/compiled';

export interface NoteParagraph {
  place: NotePlace;
  text: string;
  /** Offsets of `text` in NoteLayout.text. */
  start: number;
  end: number;
}

export interface NoteLayout {
  /** Body paragraphs, then footnotes, separated by blank lines. */
  text: string;
  paragraphs: NoteParagraph[];
}

type MarkPlace = Exclude<NotePlace, { kind: 'footnote' }>;

// Word's export leaves bookmark anchors in front of some headings.
const BOOKMARK = /\[bookmark:[^\]]*\]/g;
const HEADING = /^([IVXLC]+)\.\s+(\S.*)$/;
// The annex heading of an EN, FR or ES note, alone or numbered ("Annex II").
const ANNEX = /^(?:Annex|Annexe|Anexo)(?:\s+([IVXLC]+))?$/i;
const DRAFT_DECISION = /^(?:Draft decision|Projet de décision|Proyecto de decisión)\b/i;
// "The Conference of the Parties," opens a decision; it is not a preambular paragraph.
const CHAPEAU = /^(?:The Conference of the Parties|La Conférence des Parties|La Conferencia de las Partes)\s*,$/i;
const NUMBERED = /^(\d+)\.\s/;

/**
 * Removes inline footnotes (`[footnoteRef:4]` markers and `[4: text]` bodies) from a line and
 * returns the bodies. Bodies are matched by bracket depth because they may contain brackets.
 */
function extractFootnotes(line: string): { rest: string; notes: string[] } {
  const notes: string[] = [];
  let rest = '';
  let i = 0;
  while (i < line.length) {
    const ref = /^\[footnoteRef:\d+\]/.exec(line.slice(i));
    if (ref) {
      i += ref[0].length;
      continue;
    }
    const open = /^\[(\d+):/.exec(line.slice(i));
    if (open) {
      let depth = 1;
      let j = i + 1;
      for (; j < line.length && depth > 0; j++) {
        if (line[j] === '[') depth++;
        else if (line[j] === ']') depth--;
      }
      notes.push(line.slice(i + open[0].length, j - 1).trim());
      i = j;
      continue;
    }
    rest += line[i];
    i++;
  }
  return { rest, notes };
}

/** Numbers the lines of a note as it prints them; one instance per note. */
class Numbering {
  private region: 'title' | 'body' | 'annex' = 'title';
  private section: string | null = null;
  private body = 0;
  private annex = { numeral: '', decision: false, lines: 0, preamble: 0, operative: false };
  private footnotes = 0;
  /** The place of the last paragraph, where a footnote on a line of its own is marked. */
  last: MarkPlace = { kind: 'title' };

  /** The place of a non-empty line, or null for a heading (headings are not paragraphs). */
  place(line: string): MarkPlace | null {
    const heading = HEADING.exec(line);
    if (heading) {
      this.region = 'body';
      this.section = heading[1]!;
      return null;
    }
    const annex = ANNEX.exec(line);
    if (annex) {
      this.region = 'annex';
      this.annex = { numeral: annex[1] ?? '', decision: false, lines: 0, preamble: 0, operative: false };
      return null;
    }
    const printed = NUMBERED.exec(line)?.[1];
    if (this.region === 'title' && printed) this.region = 'body';
    if (this.region === 'title') return (this.last = { kind: 'title' });
    if (this.region === 'body') {
      // Word's automatic numbering is lost in the export; a number typed in the text wins.
      this.body = printed ? Number(printed) : this.body + 1;
      return (this.last = { kind: 'body', number: this.body, section: this.section });
    }
    return (this.last = this.annexPlace(line, printed));
  }

  private annexPlace(line: string, printed: string | undefined): MarkPlace {
    const a = this.annex;
    const base = { kind: 'annex' as const, annex: a.numeral };
    if (a.lines++ === 0 && DRAFT_DECISION.test(line)) {
      a.decision = true;
      return { ...base, decision: true, part: 'heading' };
    }
    if (printed) {
      a.operative = true;
      return { ...base, decision: a.decision, part: a.decision ? 'operative' : 'other', number: Number(printed) };
    }
    if (!a.decision || a.operative) return { ...base, decision: a.decision, part: 'other' };
    if (CHAPEAU.test(line)) return { ...base, decision: true, part: 'chapeau' };
    return { ...base, decision: true, part: 'preamble', number: ++a.preamble };
  }

  /**
   * The next footnote. Footnotes print 1, 2 … in the order of their marks; the ids in Word's
   * export (4, 5 in the seed) also count the cover page's asterisk notes, which print no number.
   */
  footnote(mark: MarkPlace): NotePlace {
    return { kind: 'footnote', number: ++this.footnotes, mark };
  }
}

/** Reads a note into paragraphs with their printed places; headings themselves are not paragraphs. */
export function layoutNote(raw: string): NoteLayout {
  const body: Array<Pick<NoteParagraph, 'place' | 'text'>> = [];
  const footnotes: Array<Pick<NoteParagraph, 'place' | 'text'>> = [];
  const numbering = new Numbering();
  for (const rawLine of raw.replace(/\r\n?/g, '\n').split('\n')) {
    const { rest, notes } = extractFootnotes(rawLine.replace(BOOKMARK, ''));
    // Tabs separate heading numbers from heading text; no-break spaces are kept as printed.
    const line = rest.replace(/[\t ]+/g, ' ').trim();
    const place = line ? numbering.place(line) : null;
    if (place) body.push({ place, text: line });
    // The mark sits in this line, or, for a footnote on a line of its own, in the last paragraph.
    for (const text of notes) footnotes.push({ place: numbering.footnote(place ?? numbering.last), text });
  }
  const paragraphs: NoteParagraph[] = [];
  let text = '';
  for (const p of [...body, ...footnotes]) {
    if (text) text += '\n\n';
    paragraphs.push({ ...p, start: text.length, end: text.length + p.text.length });
    text += p.text;
  }
  return { text, paragraphs };
}

/** The paragraph containing offset `at`, or undefined between paragraphs. */
export function paragraphAt(layout: NoteLayout, at: number): NoteParagraph | undefined {
  return layout.paragraphs.find((p) => at >= p.start && at < p.end);
}

const EXCERPT_REACH = 70;

/**
 * A short excerpt of `p` around [start, end) (offsets in the layout text), cut at word boundaries
 * and marked with an ellipsis where cut, so a card can show the citation in its sentence.
 */
export function excerpt(p: NoteParagraph, start: number, end: number): string {
  const s = start - p.start;
  const e = end - p.start;
  let from = Math.max(0, s - EXCERPT_REACH);
  let to = Math.min(p.text.length, e + EXCERPT_REACH);
  if (from > 0) {
    const space = p.text.indexOf(' ', from);
    from = space >= 0 && space < s ? space + 1 : from;
  }
  if (to < p.text.length) {
    const space = p.text.lastIndexOf(' ', to);
    to = space > e ? space : to;
  }
  return `${from > 0 ? '…' : ''}${p.text.slice(from, to).trim()}${to < p.text.length ? '…' : ''}`;
}
