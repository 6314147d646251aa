import type { ReadAt } from '../../card/open-card';
import type { CardPort } from '../../card/port';
import type { CardUi } from '../../card/ui/types';
import type { PageCitation, PageCitations } from '../../core/messages';
import { cardController, type CardController } from '../../card/controller';
import { flasher } from '../../page/flash';
import { Highlighter } from '../../page/highlighter';
import { liveRange } from '../../page/hit-test';
import { Registry, type Found } from '../../page/registry';
import { sentenceAround } from '../../page/sentence';
import type { SessionSettings } from '../../page/session';
import type { DocIndex } from './doc-index';
import { flatten } from './flat-text';
import { anchorOnLayer, detectPage, tokensFromLayer } from './page-text';

/** What the reader session asks of the page it runs in (the extension is reached through the card's port); tests pass fakes. */
export interface ReaderServices {
  ui: () => Promise<CardUi>;
  /** Scrolls the viewer to a page so that PDF.js renders its text layer. */
  showPage: (page: number) => void;
}

/** The open document: its index and what a save records. */
export interface ReaderDocument {
  index: DocIndex;
  /** The PDF's address (saved with #page=N), or '' for a local file. */
  url: string;
  title: string;
}

interface PaintedPage {
  layer: Element;
  /** In the layer's order. */
  found: Found[];
}

/** Where a citation is in the document: its page and its place among the page's citations. */
interface Position {
  page: number;
  i: number;
}

/**
 * The extension on the reader page: the same registry, highlighter and hover card as on web pages
 * (lib/page), fed by the PDF's text layers as PDF.js renders them instead of by a DOM scan. The
 * popup's list, the keyboard walk and reveal span the whole document through the DocIndex; a
 * citation on a page not rendered yet is reached by scrolling to that page and waiting for it.
 */
export class ReaderSession {
  readonly registry = new Registry();
  readonly cards: CardController;
  private readonly highlighter: Highlighter;
  private current: ReaderDocument | null = null;
  private readonly painted = new Map<number, PaintedPage>();
  private readonly waiters = new Map<number, Array<() => void>>();
  private cursor: Position | null = null;
  private readonly life = new AbortController();
  private readonly flash: (range: Range) => void;
  /** Time spent in our code per painted page, ms (for `npm run bench:pdf`). */
  readonly paintTimes: number[] = [];

  constructor(
    private readonly doc: Document,
    private settings: SessionSettings,
    port: CardPort,
    private readonly services: ReaderServices,
  ) {
    this.flash = flasher(doc.defaultView, this.life.signal);
    this.highlighter = new Highlighter(this.registry, { style: settings.highlightStyle, kinds: settings.kinds }, doc.defaultView ?? window);
    this.cards = cardController({
      doc,
      ui: services.ui,
      registry: this.registry,
      port,
      shadowRoots: () => [],
      pageOf: (found) => this.savedPage(found),
      settings: () => ({ hoverDelayMs: this.settings.hoverDelayMs, lang: this.settings.lang, isEnabled: (f: Found) => this.settings.kinds[f.citation.kind] }),
    });
  }

  /** The open document, if any. */
  get document(): ReaderDocument | null {
    return this.current;
  }

  /** Starts reading a newly opened document (and forgets the previous one). */
  open(document: ReaderDocument): void {
    this.cards.card.close(false);
    this.registry.clear();
    this.painted.clear();
    this.cursor = null;
    this.current = document;
  }

  update(next: SessionSettings): void {
    const previous = this.settings;
    this.settings = next;
    if (previous.highlightStyle !== next.highlightStyle || JSON.stringify(previous.kinds) !== JSON.stringify(next.kinds)) {
      this.highlighter.configure({ style: next.highlightStyle, kinds: next.kinds });
    }
    if (previous.lang !== next.lang) void this.cards.card.relocalise();
  }

  /**
   * Paints the citations of page `page` on its freshly rendered text layer. PDF.js fires
   * textlayerrendered again after a zoom and re-renders evicted pages from scratch, and its find
   * controller rewrites spans: each call re-reads the layer and replaces what was there.
   */
  async paint(page: number, layer: Element): Promise<void> {
    const document = this.current;
    if (!document) return;
    const t0 = performance.now();
    const flat = flatten(tokensFromLayer(layer));
    const readMs = performance.now() - t0;
    const options = await document.index.detectOptions(flat.text);
    if (this.current !== document || !layer.isConnected) return;
    const t1 = performance.now();
    // Painting reads the layer itself and does not wait for the document index (the worker may be
    // busy rendering); the walk pairs both later by id and occurrence (same items, same text).
    const found = anchorOnLayer(layer, flat, detectPage(flat.text, options)).filter((f): f is Found => f !== null);
    const previous = this.painted.get(page);
    if (previous) this.registry.dropWithin(previous.layer);
    this.registry.dropWithin(layer);
    this.registry.add(layer, found);
    this.highlighter.flush();
    this.painted.set(page, { layer, found });
    this.paintTimes.push(readMs + performance.now() - t1);
    for (const ok of this.waiters.get(page) ?? []) ok();
    this.waiters.delete(page);
  }

  /** Every citation of the document with its count, in reading order (the popup's On this page). */
  async citations(): Promise<PageCitations> {
    const document = this.current;
    if (!document) return { url: '', title: this.doc.title, citations: [] };
    const pages = await document.index.all();
    const byId = new Map<string, PageCitation>();
    for (const page of pages) {
      for (const c of page.citations) {
        if (!this.settings.kinds[c.kind]) continue;
        const entry = byId.get(c.id);
        if (entry) entry.count += 1;
        else byId.set(c.id, { id: c.id, kind: c.kind, text: page.text.slice(c.start, c.end).replace(/\s+/g, ' '), count: 1, sentence: sentenceAround(page.text, c.start, c.end) });
      }
    }
    return { url: document.url, title: document.title, citations: [...byId.values()] };
  }

  /** Scrolls to occurrence `index` of `id` in the document and flashes it; false when it is not there. */
  async reveal(id: string, index = 0): Promise<boolean> {
    const positions = (await this.positions()).filter((p) => p.id === id);
    const target = positions[index];
    if (!target) return false;
    const found = await this.foundAt(target);
    if (!found) return false;
    this.cursor = target;
    await this.cards.walk.reveal(found, { autoFocus: false });
    this.flash(liveRange(found));
    return true;
  }

  /** Keyboard walk: the next (or previous) citation of the document, its card open with focus in it. */
  async next(step: 1 | -1 = 1): Promise<boolean> {
    const positions = await this.positions();
    if (positions.length === 0) return false;
    const cursor = this.cursor;
    let k: number;
    if (!cursor) k = step === 1 ? 0 : positions.length - 1;
    else {
      const at = positions.findIndex((p) => p.page > cursor.page || (p.page === cursor.page && p.i >= cursor.i));
      const same = at >= 0 && positions[at]!.page === cursor.page && positions[at]!.i === cursor.i;
      if (step === 1) k = at < 0 ? 0 : same ? at + 1 : at;
      else k = (at < 0 ? positions.length : at) - 1;
      k = (k + positions.length) % positions.length;
    }
    const target = positions[k]!;
    const found = await this.foundAt(target);
    if (!found) return false;
    this.cursor = target;
    return this.cards.walk.reveal(found, { autoFocus: true });
  }

  /** The page a found citation is printed on (1-based), from its text layer's page element. */
  pageOf(found: Found): number {
    for (const [page, painted] of this.painted) if (painted.layer === found.block) return page;
    return 0;
  }

  destroy(): void {
    this.life.abort();
    this.cards.destroy();
    this.highlighter.destroy();
    this.registry.clear();
  }

  private savedPage(found: Found | null): ReadAt {
    const document = this.current;
    const page = found ? this.pageOf(found) : 0;
    const pin = page > 0 ? `#page=${page}` : '';
    return {
      url: document?.url ? `${document.url.split('#')[0]}${pin}` : '',
      title: document ? (document.url ? document.title : `${document.title}${page > 0 ? ` (p. ${page})` : ''}`) : this.doc.title,
      sentence: found ? sentenceAround(found.source, found.citation.start, found.citation.end) : '',
    };
  }

  private async positions(): Promise<Array<Position & { id: string }>> {
    const document = this.current;
    if (!document) return [];
    const out: Array<Position & { id: string }> = [];
    for (const page of await document.index.all()) {
      page.citations.forEach((c, i) => {
        if (this.settings.kinds[c.kind]) out.push({ page: page.page, i, id: c.id });
      });
    }
    return out;
  }

  /** The painted citation at a position, scrolling its page into view and waiting for it to render if needed. */
  private async foundAt(position: Position): Promise<Found | null> {
    let painted = this.painted.get(position.page);
    if (!painted || !painted.layer.isConnected) {
      const rendered = new Promise<void>((ok) => {
        const list = this.waiters.get(position.page) ?? [];
        list.push(ok);
        this.waiters.set(position.page, list);
      });
      this.services.showPage(position.page);
      await Promise.race([rendered, new Promise((ok) => setTimeout(ok, 10_000))]);
      painted = this.painted.get(position.page);
    }
    if (!painted || !this.current) return null;
    const indexed = await this.current.index.page(position.page);
    return align(indexed.citations, painted.found)[position.i] ?? null;
  }
}

/** Pairs the index's citations with those found on the layer by id and occurrence, when their texts differ. */
function align(indexed: ReadonlyArray<{ id: string }>, found: ReadonlyArray<Found | null>): Array<Found | null> {
  const pool = new Map<string, Found[]>();
  for (const f of found) if (f) pool.set(f.citation.id, [...(pool.get(f.citation.id) ?? []), f]);
  return indexed.map((c) => pool.get(c.id)?.shift() ?? null);
}
