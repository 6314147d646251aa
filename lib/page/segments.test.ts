// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SegmentWalker, segmentRange, type Segment } from './segments';

function segmentsOf(html: string): Segment[] {
  document.body.innerHTML = html;
  const walker = new SegmentWalker(document.body);
  const out: Segment[] = [];
  while (!walker.done) out.push(...walker.next(Infinity));
  return out;
}

describe('SegmentWalker', () => {
  it('joins text across inline elements and <wbr> into one run', () => {
    const [seg] = segmentsOf('<p>see article <em>23</em> and UNEP/MC/COP.6/<wbr>INF/28 here</p>');
    expect(seg!.text).toBe('see article 23 and UNEP/MC/COP.6/INF/28 here');
    expect(seg!.nodes).toHaveLength(4);
  });

  it('starts a new run at every block element, also when text resumes after a nested block', () => {
    const segs = segmentsOf('<div>before<p>inside</p>after</div><p>next</p>');
    expect(segs.map((s) => s.text)).toEqual(['before', 'inside', 'after', 'next']);
  });

  it('reads <br> as a line break', () => {
    const [seg] = segmentsOf('<p>article 23<br>paragraph 5</p>');
    expect(seg!.text).toBe('article 23\nparagraph 5');
  });

  it.each([
    ['script', '<script>var s = "UNEP/MC/COP.6/22";</script>'],
    ['style', '<style>.a{}</style>'],
    ['textarea', '<textarea>UNEP/MC/COP.6/22</textarea>'],
    ['contenteditable', '<div contenteditable="true"><p>UNEP/MC/COP.6/22</p></div>'],
    ['contenteditable (empty value)', '<div contenteditable><p>UNEP/MC/COP.6/22</p></div>'],
    ['code editor', '<div class="cm-editor"><div>UNEP/MC/COP.6/22</div></div>'],
    ['role=textbox', '<div role="textbox">UNEP/MC/COP.6/22</div>'],
    ['template', '<template><p>UNEP/MC/COP.6/22</p></template>'],
  ])('skips %s', (_name, html) => {
    const segs = segmentsOf(`<p>kept</p>${html}<p>also kept</p>`);
    expect(segs.map((s) => s.text)).toEqual(['kept', 'also kept']);
  });

  it('keeps contenteditable="false" islands', () => {
    const segs = segmentsOf('<div contenteditable="false">read me</div>');
    expect(segs.map((s) => s.text)).toEqual(['read me']);
  });

  it('reports open shadow roots it meets', () => {
    document.body.innerHTML = '<div id="h"></div><p>x</p>';
    const host = document.getElementById('h')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside shadow</p>';
    const seen: ShadowRoot[] = [];
    const walker = new SegmentWalker(document.body, (r) => seen.push(r));
    while (!walker.done) walker.next(Infinity);
    expect(seen).toEqual([shadow]);
  });

  it('stops at the deadline and resumes where it left off', () => {
    const html = Array.from({ length: 2000 }, (_, i) => `<p>para ${i}</p>`).join('');
    document.body.innerHTML = html;
    const walker = new SegmentWalker(document.body);
    let clock = 0;
    const first = walker.next(5, () => clock++);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(2000);
    const rest: Segment[] = [];
    while (!walker.done) rest.push(...walker.next(Infinity));
    expect(first.length + rest.length).toBe(2000);
    expect(rest.at(-1)!.text).toBe('para 1999');
  });
});

describe('segmentRange', () => {
  it('maps offsets across text nodes back to boundary points', () => {
    const [seg] = segmentsOf('<p>doc UNEP/MC/COP.6/<wbr>INF/28.</p>');
    const start = seg!.text.indexOf('UNEP');
    const end = start + 'UNEP/MC/COP.6/INF/28'.length;
    const r = segmentRange(seg!, start, end)!;
    expect(r.startNode.data.slice(r.startOffset)).toBe('UNEP/MC/COP.6/');
    expect(r.endNode.data.slice(0, r.endOffset)).toBe('INF/28');
  });

  it('moves a start that falls on a <br> to the next text', () => {
    const [seg] = segmentsOf('<p>a<br>UNEP/MC/COP.6/22</p>');
    const r = segmentRange(seg!, 1, seg!.text.length)!;
    expect(r.startNode.data).toBe('UNEP/MC/COP.6/22');
    expect(r.startOffset).toBe(0);
  });
});

describe('SegmentWalker batches', () => {
  it('returns at most `max` runs per call and loses nothing between batches', () => {
    const html = Array.from({ length: 50 }, (_, i) => `<p>para <em>${i}</em> end</p>text ${i}`).join('');
    document.body.innerHTML = `<div>${html}</div>`;
    const walker = new SegmentWalker(document.body);
    const all: string[] = [];
    while (!walker.done) {
      const batch = walker.next(Infinity, undefined, 3);
      expect(batch.length).toBeLessThanOrEqual(3);
      all.push(...batch.map((s) => s.text));
    }
    const expected = Array.from({ length: 50 }, (_, i) => [`para ${i} end`, `text ${i}`]).flat();
    expect(all).toEqual(expected);
  });
});

describe('SegmentWalker, shadow roots only', () => {
  it('reads no text but still reports every open shadow root', () => {
    document.body.innerHTML = '<p>UNEP/MC/COP.6/22</p><div><span id="h"></span></div>';
    const shadow = document.getElementById('h')!.attachShadow({ mode: 'open' });
    const seen: ShadowRoot[] = [];
    const walker = new SegmentWalker(document.body, (r) => seen.push(r), true);
    const segments: Segment[] = [];
    while (!walker.done) segments.push(...walker.next(Infinity));
    expect(segments).toEqual([]);
    expect(seen).toEqual([shadow]);
  });
});
