import { describe, expect, it } from 'vitest';
import { summarise } from './demo-check';

describe('summarise (the headless demo line)', () => {
  it('adds up every style of a kind and words the kinds as a reader would', () => {
    const s = summarise({
      'mcxref-subtle-document': 11,
      'mcxref-subtle-article': 4,
      'mcxref-strong-article': 0,
      'mcxref-subtle-resolution': 5,
      'mcxref-subtle-decision': 1,
      'mcxref-flash': 1,
    });
    expect(s.total).toBe(21);
    expect(s.line).toBe('21 citations painted: 11 documents, 4 provisions, 5 resolutions, 1 decision');
  });
  it('says when nothing was painted', () => {
    expect(summarise({}).line).toBe('0 citations painted');
    expect(summarise({ 'mcxref-subtle-document': 1 }).line).toBe('1 citation painted: 1 document');
  });
});
