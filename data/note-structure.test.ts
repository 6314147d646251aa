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
  '1. Welcomes something;',
  '',
  '2. Requests something else.',
].join('\r\n');

describe('layoutNote', () => {
  const layout = layoutNote(note);

  it('assigns paragraphs to the printed headings, the annex and the footnotes', () => {
    expect(layout.paragraphs.map((p) => [p.section.kind, p.section.label, p.paragraph, p.number ?? null, p.text])).toEqual([
      ['title', 'International cooperation and coordination', 1, null, 'International cooperation and coordination'],
      ['title', 'International cooperation and coordination', 2, null, 'Note by the secretariat'],
      ['heading', 'I. Introduction', 1, null, 'First paragraph citing a document.'],
      ['heading', 'I. Introduction', 2, null, 'Second paragraph.'],
      ['heading', 'II. Implementation', 1, null, 'Only paragraph.'],
      ['annex', 'Annex', 1, null, 'Draft decision MC-7/[--]'],
      ['annex', 'Annex', 2, '1', '1. Welcomes something;'],
      ['annex', 'Annex', 3, '2', '2. Requests something else.'],
      ['footnote', '1', 1, null, 'See [the] list in annex I.'],
      ['footnote', '2', 1, null, 'A footnote on its own line.'],
    ]);
  });

  it('says where each footnote mark sits', () => {
    const [fn1, fn2] = layout.paragraphs.filter((p) => p.section.kind === 'footnote');
    expect(fn1?.section.anchor).toEqual({ label: 'I. Introduction', paragraph: 1 });
    expect(fn2?.section.anchor).toEqual({ label: 'II. Implementation', paragraph: 1 });
  });

  it('keeps offsets that point back into the joined text', () => {
    for (const p of layout.paragraphs) expect(layout.text.slice(p.start, p.end)).toBe(p.text);
    const at = layout.text.indexOf('MC-7/[--]');
    expect(paragraphAt(layout, at)?.section.kind).toBe('annex');
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
