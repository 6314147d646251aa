import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHUNK, CLASSES, ContextIndex, mentionPatterns, OVERLAP, type MentionClass } from './context';

/**
 * The mentions the full pattern finds, chunk by chunk, in global passes: what the two-stage scan
 * (first tokens, then the full pattern anchored) must reproduce exactly.
 */
function reference(text: string): Array<{ at: number; cls: MentionClass }> {
  const re = new RegExp(mentionPatterns().mention, 'gi');
  const out: Array<{ at: number; cls: MentionClass }> = [];
  for (let start = 0; start < text.length; start += CHUNK) {
    const end = Math.min(text.length, start + CHUNK);
    const from = Math.max(0, start - 1);
    const slice = text.slice(from, Math.min(text.length, end + OVERLAP));
    re.lastIndex = start - from;
    for (let m = re.exec(slice); m && from + m.index < end; m = re.exec(slice)) {
      let k = 0;
      while (m[k + 1] === undefined) k++;
      out.push({ at: from + m.index, cls: CLASSES[k]! });
    }
  }
  return out;
}

const corpusDir = new URL('../../../tests/fixtures/corpus/', import.meta.url);
const corpus = readdirSync(corpusDir).map((f) => readFileSync(new URL(f, corpusDir), 'utf8'));

describe('ContextIndex', () => {
  it('finds exactly the mentions of a single pass of the full pattern, on every corpus excerpt', () => {
    for (const text of corpus) expect(new ContextIndex(text).all()).toEqual(reference(text));
  });

  it('finds the same mentions on the corpus run together (chunk edges fall anywhere)', () => {
    const text = corpus.join('\n').repeat(3);
    expect(new ContextIndex(text).all()).toEqual(reference(text));
  });

  it('finds the same mentions in random mixes of mention words and noise', () => {
    const pieces = ['Minamata', 'Convention on Mercury', 'Basel', 'mercury', 'UNEP/MC', 'UNEP/EA', 'COP', 'UNEA', 'Human Rights Council', 'loi', 'Law', 'environment', "code de l'environnement", ' ', '  ', '\n', 'x', 'Bâle', 'BaselX', 'minamatas', ', ', 'de la ', '’'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 400 }), (parts) => {
        const text = parts.join('');
        expect(new ContextIndex(text).all()).toEqual(reference(text));
      }),
      { numRuns: 300 },
    );
  });
});
