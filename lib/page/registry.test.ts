// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Citation } from '../core/detect/types';
import { Registry, type Found } from './registry';

function foundIn(block: Element, text: Text, start: number, end: number, id = 'UNEP/MC/COP.6/22'): Found {
  const citation: Citation = { kind: 'document', id, start, end, lang: 'en', parts: {} };
  return { citation, // happy-dom has no StaticRange; the registry reads only its boundary points.
    range: { startContainer: text, startOffset: start, endContainer: text, endOffset: end, collapsed: start === end } as StaticRange, block, nodes: [text], source: text.data };
}

describe('Registry', () => {
  it('finds the citations that cover a caret position', () => {
    document.body.innerHTML = '<p>see UNEP/MC/COP.6/22 now</p>';
    const p = document.querySelector('p')!;
    const text = p.firstChild as Text;
    const registry = new Registry();
    registry.add(p, [foundIn(p, text, 4, 20)]);
    expect(registry.at(text, 3)).toHaveLength(0);
    expect(registry.at(text, 4)).toHaveLength(1);
    expect(registry.at(text, 19)).toHaveLength(1);
    expect(registry.at(text, 20)).toHaveLength(0);
  });

  it('drops what lies inside a re-read subtree and anything no longer in the document, and says so', () => {
    document.body.innerHTML = '<div><p id="a">UNEP/MC/COP.6/22</p><p id="b">UNEP/MC/COP.6/22</p></div>';
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const registry = new Registry();
    const removed: Found[] = [];
    registry.onChange((_added, gone) => removed.push(...gone));
    registry.add(a, [foundIn(a, a.firstChild as Text, 0, 16)]);
    registry.add(b, [foundIn(b, b.firstChild as Text, 0, 16)]);
    expect(registry.size).toBe(2);
    registry.dropWithin(a);
    expect(registry.size).toBe(1);
    b.remove();
    registry.dropWithin(null);
    expect(registry.size).toBe(0);
    expect(removed).toHaveLength(2);
  });

  it('lists citations in document order', () => {
    document.body.innerHTML = '<p id="a">one</p><p id="b">two</p>';
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const registry = new Registry();
    registry.add(b, [foundIn(b, b.firstChild as Text, 0, 3, 'MC-5/3')]);
    registry.add(a, [foundIn(a, a.firstChild as Text, 0, 3, 'MC-4/11')]);
    expect(registry.ordered().map((f) => f.citation.id)).toEqual(['MC-4/11', 'MC-5/3']);
  });
});
