// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Citation } from '../core/detect/types';
import { nextCitation } from './navigator';
import type { Found } from './registry';

document.body.innerHTML = '<p>a</p><p>b</p><p>c</p><p>d</p>';
const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
function at(i: number): Found {
  const citation: Citation = { kind: 'document', id: `UNEP/MC/COP.6/${i}`, start: 0, end: 1, lang: 'en', parts: {} };
  const t = texts[i]!;
  return { citation, range: { startContainer: t, startOffset: 0, endContainer: t, endOffset: 1, collapsed: false } as StaticRange, block: t.parentNode!, nodes: [t], source: 'a' };
}

describe('nextCitation', () => {
  const [a, b, c, d] = [at(0), at(1), at(2), at(3)];
  const list = [a!, b!, d!];
  it('starts at the first (or the last going back)', () => {
    expect(nextCitation(list, null, 1)).toBe(a);
    expect(nextCitation(list, null, -1)).toBe(d);
  });
  it('moves in document order and wraps around', () => {
    expect(nextCitation(list, a!, 1)).toBe(b);
    expect(nextCitation(list, d!, 1)).toBe(a);
    expect(nextCitation(list, a!, -1)).toBe(d);
  });
  it('goes on from where a vanished citation stood', () => {
    expect(nextCitation(list, c!, 1)).toBe(d);
    expect(nextCitation(list, c!, -1)).toBe(b);
    expect(nextCitation([a!, b!], c!, 1)).toBe(a);
    expect(nextCitation([b!, d!], a!, -1)).toBe(d);
  });
  it('has nothing to offer on a page without citations', () => {
    expect(nextCitation([], a!, 1)).toBeUndefined();
  });
});
