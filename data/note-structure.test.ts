import { describe, expect, it } from 'vitest';
import { excerpt, layoutNote, paragraphAt } from './note-structure';

const note = [
  ' International cooperation and coordination ',
  '\t\tNote by the secretariat',
  '[bookmark: _Hlk1]\tI.\tIntroduction',
  'First paragraph citing a document.[footnoteRef:1][1:  See [the] list in annex I.]',
  'Second paragraph.',
  '\tII.\tImplementation',
  'Only paragraph.',
  '[2:  A footnote on its own line.]',
  ' Annex',
  'Draft decision MC-7/[--]',
  'The Conference of the Parties,',
  'Recalling something,',
  'Noting something else,',
  '1. Welcomes something;',
  '',
  '2. Requests something else.',
].join('\r\n');

describe('layoutNote', () => {
  const layout = layoutNote(note);

  it('numbers body paragraphs through the document, the draft decision on its own, footnotes in order', () => {
    const body = { kind: 'body' } as const;
    const annex = { kind: 'annex', annex: '', decision: true } as const;
    expect(layout.paragraphs.map((p) => [p.place, p.text])).toEqual([
      [{ kind: 'title' }, 'International cooperation and coordination'],
      [{ kind: 'title' }, 'Note by the secretariat'],
      [{ ...body, number: 1, section: 'I' }, 'First paragraph citing a document.'],
      [{ ...body, number: 2, section: 'I' }, 'Second paragraph.'],
      [{ ...body, number: 3, section: 'II' }, 'Only paragraph.'],
      [{ ...annex, part: 'heading' }, 'Draft decision MC-7/[--]'],
      [{ ...annex, part: 'chapeau' }, 'The Conference of the Parties,'],
      [{ ...annex, part: 'preamble', number: 1 }, 'Recalling something,'],
      [{ ...annex, part: 'preamble', number: 2 }, 'Noting something else,'],
      [{ ...annex, part: 'operative', number: 1 }, '1. Welcomes something;'],
      [{ ...annex, part: 'operative', number: 2 }, '2. Requests something else.'],
      [{ kind: 'footnote', number: 1, mark: { ...body, number: 1, section: 'I' } }, 'See [the] list in annex I.'],
      [{ kind: 'footnote', number: 2, mark: { ...body, number: 3, section: 'II' } }, 'A footnote on its own line.'],
    ]);
  });

  it('keeps a number typed in the text, and an annex that is not a decision numbers as printed', () => {
    const other = layoutNote(['I. Intro', 'Para.', '7. Typed seven.', 'Next.', 'Annex II', 'Some list', '1. First item'].join('\n'));
    expect(other.paragraphs.map((p) => p.place)).toEqual([
      { kind: 'body', number: 1, section: 'I' },
      { kind: 'body', number: 7, section: 'I' },
      { kind: 'body', number: 8, section: 'I' },
      { kind: 'annex', annex: 'II', decision: false, part: 'other' },
      { kind: 'annex', annex: 'II', decision: false, part: 'other', number: 1 },
    ]);
  });

  it('keeps offsets that point back into the joined text', () => {
    for (const p of layout.paragraphs) expect(layout.text.slice(p.start, p.end)).toBe(p.text);
    const at = layout.text.indexOf('MC-7/[--]');
    expect(paragraphAt(layout, at)?.place).toMatchObject({ kind: 'annex', part: 'heading' });
    expect(paragraphAt(layout, layout.paragraphs[0]!.end)).toBeUndefined();
  });
});

describe('excerpt', () => {
  it('cuts long paragraphs at word boundaries around the citation and marks the cuts', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
    words.splice(30, 0, 'UNEP/MC/COP.6/22');
    const layout = layoutNote(words.join(' '));
    const p = layout.paragraphs[0]!;
    const at = layout.text.indexOf('UNEP/MC/COP.6/22');
    const text = excerpt(p, at, at + 'UNEP/MC/COP.6/22'.length);
    expect(text.startsWith('…word')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('UNEP/MC/COP.6/22');
    expect(text.length).toBeLessThan(170);
  });

  it('returns a short paragraph whole', () => {
    const layout = layoutNote('See UNEP/MC/COP.6/22.');
    expect(excerpt(layout.paragraphs[0]!, 4, 20)).toBe('See UNEP/MC/COP.6/22.');
  });
});
