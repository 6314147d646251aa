import { describe, expect, it } from 'vitest';
import { sentenceAround } from './sentence';

describe('sentenceAround', () => {
  it('takes the sentence that holds the citation', () => {
    const text = 'First sentence here. The report is in UNEP/MC/COP.6/INF/28. Another one follows.';
    const start = text.indexOf('UNEP');
    expect(sentenceAround(text, start, start + 20)).toBe('The report is in UNEP/MC/COP.6/INF/28.');
  });
  it('stops at line breaks and folds white space', () => {
    const text = 'Heading\nSee  article 23,\u00a0paragraph 5 (b)\nNext';
    const start = text.indexOf('article');
    expect(sentenceAround(text, start, start + 10)).toBe('See article 23, paragraph 5 (b)');
  });
  it('caps a run without sentence ends and marks the cut', () => {
    const text = `${'word '.repeat(200)}UNEP/MC/COP.6/22 ${'more '.repeat(200)}`;
    const start = text.indexOf('UNEP');
    const out = sentenceAround(text, start, start + 16);
    expect(out.length).toBeLessThan(520);
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('UNEP/MC/COP.6/22');
  });
});
