/**
 * Splits a note's plain text (as exported from the UN Word file) into paragraphs that know their
 * section, so that "cited in the note" can say "II. Mise en œuvre, paragraph 2" or "footnote 4".
 * The text is joined back into one string for detection, because the detector needs the
 * surrounding text to decide that "la Convention" means the Minamata Convention.
 */
import type { NoteSection } from '../lib/index/compiled';

export interface NoteParagraph {
  section: NoteSection;
  /** 1-based within its section. */
  paragraph: number;
  /** Printed paragraph number ("1" for "1. Se félicite…"), if any. */
  number?: string;
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

// Word's export leaves bookmark anchors in front of some headings.
const BOOKMARK = /\[bookmark:[^\]]*\]/g;
const HEADING = /^([IVXLC]+)\.\s+(\S.*)$/;
// The annex heading of an EN, FR or ES note.
const ANNEX = /^(Annex|Annexe|Anexo)$/i;
const NUMBERED = /^(\d+)\.\s/;

/**
 * Removes inline footnotes (`[footnoteRef:4]` markers and `[4: text]` bodies) from a line and
 * returns the bodies. Bodies are matched by bracket depth because they may contain brackets.
 */
function extractFootnotes(line: string): { rest: string; notes: Array<{ n: string; text: string }> } {
  const notes: Array<{ n: string; text: string }> = [];
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
      notes.push({ n: open[1]!, text: line.slice(i + open[0].length, j - 1).trim() });
      i = j;
      continue;
    }
    rest += line[i];
    i++;
  }
  return { rest, notes };
}

/** Reads a note into sections and paragraphs; headings themselves are not paragraphs. */
export function layoutNote(raw: string): NoteLayout {
  const body: Array<Omit<NoteParagraph, 'start' | 'end'>> = [];
  const footnotes: Array<Omit<NoteParagraph, 'start' | 'end'>> = [];
  let section: NoteSection = { kind: 'title', label: '' };
  let count = 0;
  for (const rawLine of raw.replace(/\r\n?/g, '\n').split('\n')) {
    const { rest, notes } = extractFootnotes(rawLine.replace(BOOKMARK, ''));
    // Tabs separate heading numbers from heading text; no-break spaces are kept as printed.
    const line = rest.replace(/[\t ]+/g, ' ').trim();
    // The mark sits in this line (the next paragraph), or, on a line of its own, after the last one.
    const markNumber = NUMBERED.exec(line)?.[1];
    const anchor = { label: section.label, paragraph: line ? count + 1 : count, ...(markNumber ? { number: markNumber } : {}) };
    for (const fn of notes) {
      footnotes.push({ section: { kind: 'footnote', label: fn.n, anchor }, paragraph: 1, text: fn.text });
    }
    if (!line) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      section = { kind: 'heading', label: `${heading[1]}. ${heading[2]}` };
      count = 0;
      continue;
    }
    if (ANNEX.test(line)) {
      section = { kind: 'annex', label: line };
      count = 0;
      continue;
    }
    if (section.kind === 'title' && !section.label) section = { kind: 'title', label: line };
    count++;
    const numbered = NUMBERED.exec(line);
    body.push({ section, paragraph: count, ...(numbered ? { number: numbered[1] } : {}), text: line });
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
