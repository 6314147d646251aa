import { describe, expect, it } from 'vitest';
import { savedItem } from '../../lib/store/test-helpers';
import { queryItems } from './list-query';

const items = [
  savedItem('UNEP/MC/COP.6/INF/28', { title: 'Report on trade', savedAt: 3, tags: ['trade'] }),
  savedItem('UNEP/MC/COP.6/INF/9', { title: 'Árbol de decisiones', savedAt: 1, note: 'check annex' }),
  savedItem('MC-5/3', { title: 'Decision on waste', savedAt: 2 }),
  savedItem('minamata:art16', { title: '', savedAt: 4 }),
];
const ids = (list: { id: string }[]) => list.map((i) => i.id);

describe('queryItems', () => {
  it.each([
    ['recent', ['minamata:art16', 'UNEP/MC/COP.6/INF/28', 'MC-5/3', 'UNEP/MC/COP.6/INF/9']],
    ['id', ['MC-5/3', 'minamata:art16', 'UNEP/MC/COP.6/INF/9', 'UNEP/MC/COP.6/INF/28']],
    ['title', ['UNEP/MC/COP.6/INF/9', 'MC-5/3', 'minamata:art16', 'UNEP/MC/COP.6/INF/28']],
  ] as const)('sorts by %s', (sort, expected) => {
    expect(ids(queryItems(items, { text: '', kind: 'all', sort }))).toEqual(expected);
  });

  it.each([
    ['arbol', ['UNEP/MC/COP.6/INF/9']],
    ['TRADE', ['UNEP/MC/COP.6/INF/28']],
    ['inf annex', ['UNEP/MC/COP.6/INF/9']],
    ['mc-5', ['MC-5/3']],
    ['nothing-like-this', []],
  ])('search %j', (text, expected) => {
    expect(ids(queryItems(items, { text, kind: 'all', sort: 'id' }))).toEqual(expected);
  });

  it('filters by kind and leaves the input alone', () => {
    const copy = [...items];
    expect(ids(queryItems(items, { text: '', kind: 'decision', sort: 'id' }))).toEqual(['MC-5/3']);
    expect(items).toEqual(copy);
  });
});
