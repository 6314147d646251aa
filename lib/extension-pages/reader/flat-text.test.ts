import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detect } from '../../core/detect';
import { flatten, locate, type TextToken } from './flat-text';

/** Items as PDF.js gives them: `|` ends a line; each item's node is its index. */
function items(...specs: Array<string | [string, number]>): Array<TextToken<number>> {
  return specs.map((spec, i) => {
    const [raw, height] = typeof spec === 'string' ? [spec, 10] : spec;
    const eol = raw.endsWith('|');
    return { parts: [{ node: i, text: eol ? raw.slice(0, -1) : raw }], eol, height };
  });
}

const ids = (text: string) => detect(text).map((c) => c.id);

describe('flatten', () => {
  it('reads a symbol cut after a slash at a line end as one symbol', () => {
    const flat = flatten(items('The report is UNEP/MC/COP.6/|', 'INF/28 and more.'));
    expect(flat.text).toBe('The report is UNEP/MC/COP.6/INF/28 and more.');
    expect(ids(flat.text)).toEqual(['UNEP/MC/COP.6/INF/28']);
  });

  it('puts a space between ordinary lines, none where the line already ends with one', () => {
    expect(flatten(items('first line|', 'second line|', 'third ', '|', 'fourth')).text).toBe('first line second line third fourth');
  });

  it('undoes hyphenation at a line end, whether the hyphen is its own item or not', () => {
    expect(flatten(items('article 16 of the Conven', '\u2010|', 'tion')).text).toBe('article 16 of the Convention');
    expect(flatten(items('para-|', 'graph 2')).text).toBe('paragraph 2');
    // An uppercase next line is a real hyphenated compound; a digit continues a reference.
    expect(flatten(items('decision MC-|', '5/3')).text).toBe('decision MC-5/3');
    expect(flatten(items('Basel-|', 'Rotterdam')).text).toBe('Basel- Rotterdam');
  });

  it('keeps a footnote marker apart from the citation it follows', () => {
    const flat = flatten(items('decision MC-5/3', ['1', 6], ' and UNEP/EA.6/Res.3', ['2', 6], '.'));
    expect(flat.text).toBe('decision MC-5/3 1 and UNEP/EA.6/Res.3 2 .');
    expect(ids(flat.text)).toEqual(['MC-5/3', 'UNEP/EA.6/Res.3']);
  });

  it('does not take text of the same size for a marker', () => {
    expect(flatten(items('resolution 6/', '3')).text).toBe('resolution 6/3');
  });

  it('maps offsets back to the items, across a dropped hyphen and an added space', () => {
    const tokens = items('see UNEP/MC/COP.6/|', 'INF/28 and Conven', '\u2010|', 'tion');
    const flat = flatten(tokens);
    const start = flat.text.indexOf('UNEP');
    expect(locate(flat, start, start + 'UNEP/MC/COP.6/INF/28'.length)).toEqual({ startNode: 0, startOffset: 4, endNode: 1, endOffset: 6 });
    const conv = flat.text.indexOf('Convention');
    expect(locate(flat, conv, conv + 10)).toEqual({ startNode: 1, startOffset: 11, endNode: 3, endOffset: 4 });
    // A range that starts on an added space begins at the next character.
    const space = flat.text.indexOf(' and');
    expect(locate(flat, space, space + 4)).toMatchObject({ startNode: 1, startOffset: 6 });
  });

  it('maps every character of the flat text to the character it came from', () => {
    const token = fc.record({
      text: fc.string({ unit: fc.constantFrom('a', 'B', '1', '/', '-', ' ', '\u2010'), maxLength: 6 }),
      eol: fc.boolean(),
      height: fc.constantFrom(10, 6),
    });
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (specs) => {
        const tokens = specs.map((s, i) => ({ parts: [{ node: i, text: s.text }], eol: s.eol, height: s.height }));
        const flat = flatten(tokens);
        for (let k = 0; k < flat.text.length; k++) {
          const where = locate(flat, k, k + 1);
          if (!where) continue;
          if (where.startNode !== where.endNode || where.endOffset !== where.startOffset + 1) continue;
          expect(tokens[where.startNode]!.parts[0]!.text[where.startOffset]).toBe(flat.text[k]);
        }
      }),
    );
  });
});
