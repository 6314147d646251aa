// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { CardUi } from '../../card/ui/types';
import { fakePort } from '../../card/test-port';
import { DocIndex, type PdfDocLike } from './doc-index';
import { flatten } from './flat-text';
import { tokensFromItems, tokensFromLayer, type TextItemLike } from './page-text';
import { ReaderSession } from './session';

// happy-dom has no StaticRange; the session reads only its boundary points.
(globalThis as { StaticRange?: unknown }).StaticRange ??= class {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
};

/** Text items as PDF.js gives them: `|` ends a line. */
function items(...lines: string[]): TextItemLike[] {
  return lines.map((raw) => ({ str: raw.replace(/\|$/, ''), hasEOL: raw.endsWith('|'), transform: [10, 0, 0, 10, 0, 0] }));
}

/** A text layer as PDF.js builds it from `items`: a span per non-empty item, a <br> after each line end, a marked-content wrapper. */
function layerFor(page: number, list: TextItemLike[]): HTMLElement {
  const pageDiv = document.createElement('div');
  pageDiv.className = 'page';
  pageDiv.dataset.pageNumber = String(page);
  const layer = document.createElement('div');
  layer.className = 'textLayer';
  const marked = document.createElement('span');
  marked.className = 'markedContent';
  layer.append(marked);
  for (const item of list) {
    if (item.str) {
      const span = document.createElement('span');
      span.setAttribute('role', 'presentation');
      span.style.setProperty('--font-height', '10px');
      span.textContent = item.str;
      marked.append(span);
    }
    if (item.hasEOL) marked.append(document.createElement('br'));
  }
  pageDiv.append(layer);
  document.body.append(pageDiv);
  return layer;
}

const PAGES: TextItemLike[][] = [
  items('Minamata Convention: the report UNEP/MC/COP.6/|', 'INF/28 is before the meeting.|'),
  items('Recall decision MC-5/3 and the note UNEP/MC/COP.6/22.|'),
  items('See again UNEP/MC/COP.6/INF/28.|'),
];

const fakeDoc: PdfDocLike = {
  numPages: PAGES.length,
  getPage: async (n) => ({ getTextContent: async () => ({ items: PAGES[n - 1]! }) }),
};

const settings = { kinds: { document: true, article: true, resolution: true, decision: true }, highlightStyle: 'subtle' as const, hoverDelayMs: 0, lang: 'en' };

function makeSession(showPage: (n: number) => void) {
  const ui: CardUi = {
    createHost: () => ({ element: null, card: null, contains: () => false, hasFocus: () => false, renderCard: vi.fn(), renderNoCitation: vi.fn(), clear: vi.fn(), destroy: vi.fn() }),
    follow: () => () => {},
  };
  const { port } = fakePort();
  const save = port.save;
  const session = new ReaderSession(document, settings, port, { ui: async () => ui, showPage });
  session.open({ index: new DocIndex(fakeDoc, 'Test', () => Promise.resolve()), url: 'https://example.org/doc.pdf', title: 'Test' });
  return { session, save };
}

describe('text layer and getTextContent read the same', () => {
  it('gives the same flat text from the items and from the layer PDF.js builds of them', () => {
    for (const [i, list] of PAGES.entries()) {
      expect(flatten(tokensFromLayer(layerFor(i + 1, list))).text).toBe(flatten(tokensFromItems(list)).text);
    }
  });

  it('reads a span the find controller split into several text nodes as one item', () => {
    const layer = layerFor(9, items('the report UNEP/MC/COP.6/INF/28 is here|'));
    const span = layer.querySelector('span[role="presentation"]')!;
    span.textContent = '';
    const mark = document.createElement('span');
    mark.className = 'highlight';
    mark.textContent = 'MC/COP';
    span.append('the report UNEP/', mark, '.6/INF/28 is here');
    expect(flatten(tokensFromLayer(layer)).text).toBe('the report UNEP/MC/COP.6/INF/28 is here');
  });
});

describe('ReaderSession', () => {
  it('paints a rendered page, lists the whole document, and saves with the page pinned', async () => {
    document.body.innerHTML = '';
    const { session, save } = makeSession(() => {});
    const layer = layerFor(1, PAGES[0]!);
    await session.paint(1, layer);
    expect(session.registry.ordered().map((f) => f.citation.id)).toEqual(['UNEP/MC/COP.6/INF/28']);
    const listed = await session.citations();
    expect(listed.url).toBe('https://example.org/doc.pdf');
    expect(listed.citations.map((c) => [c.id, c.count])).toEqual([
      ['UNEP/MC/COP.6/INF/28', 2],
      ['MC-5/3', 1],
      ['UNEP/MC/COP.6/22', 1],
    ]);
    // A repaint (zoom, find) replaces what was there rather than adding to it.
    await session.paint(1, layer);
    expect(session.registry.size).toBe(1);
    const found = session.registry.ordered()[0]!;
    await session.cards.walk.reveal(found, { autoFocus: false });
    expect(session.pageOf(found)).toBe(1);
    session.destroy();
    expect(save).not.toHaveBeenCalled();
  });

  it('walks into a page that is not rendered yet by asking the viewer to show it', async () => {
    document.body.innerHTML = '';
    const shown: number[] = [];
    const { session } = makeSession((n) => {
      shown.push(n);
      // The viewer renders the page asked for, as PDF.js does after scrolling.
      queueMicrotask(() => void session.paint(n, layerFor(n, PAGES[n - 1]!)));
    });
    await session.paint(1, layerFor(1, PAGES[0]!));
    expect(await session.next(1)).toBe(true);
    expect(session.cards.card.ids).toEqual(['UNEP/MC/COP.6/INF/28']);
    expect(await session.next(1)).toBe(true);
    expect(shown).toEqual([2]);
    expect(session.cards.card.ids).toEqual(['MC-5/3']);
    // Back to the first, then back again wraps to the last citation, on page 3.
    await session.next(-1);
    expect(session.cards.card.ids).toEqual(['UNEP/MC/COP.6/INF/28']);
    expect(shown).not.toContain(3);
    expect(await session.next(-1)).toBe(true);
    expect(shown).toContain(3);
    expect(session.cards.card.ids).toEqual(['UNEP/MC/COP.6/INF/28']);
    expect(await session.reveal('UNEP/MC/COP.6/22')).toBe(true);
    expect(await session.reveal('UNEP/MC/COP.6/22', 1)).toBe(false);
    session.destroy();
  });
});
