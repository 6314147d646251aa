import { detect } from '../core/detect/detector';
import type { CitationKind } from '../core/detect/types';
import type { PageCitation, PageCitations } from '../core/messages';
import type { HighlightStyle } from '../runtime/settings';
import { cardController, type CardController } from '../card/controller';
import { loadCardUi } from '../card/loader';
import type { ReadAt } from '../card/open-card';
import type { CardPort } from '../card/port';
import type { CardUi } from '../card/ui/types';
import { Highlighter } from './highlighter';
import { pageContext, pageLanguage } from './find';
import { flasher } from './flash';
import { ensureGrammars } from './grammars';
import { liveRange } from './hit-test';
import { Registry, type Found } from './registry';
import { Scanner } from './scanner';
import { sentenceAround } from './sentence';

/** The settings a page session applies live. */
export interface SessionSettings {
  kinds: Record<CitationKind, boolean>;
  highlightStyle: HighlightStyle;
  hoverDelayMs: number;
  /** The card language, one of LANGS (lib/core/lang.ts). */
  lang: string;
}

/** The parts a session is built from; tests replace them. */
export interface SessionParts {
  /** The card's UI bundle (default: loaded from the extension on first use). */
  ui?: () => Promise<CardUi>;
  /** False for a page where the extension is switched off: no scan, no paint, only cards asked for explicitly. */
  scan?: boolean;
  /**
   * The body's text when the content script's watcher has just read it and found that it passes the
   * prefilter: 2 MB of text is neither read nor tested twice.
   */
  bodyText?: string;
  /** Options for the scanner (tests pass a fake clock and scheduler). */
  scanner?: ConstructorParameters<typeof Scanner>[2];
}

/**
 * Everything the extension does on one page while it is enabled there: scan and observe, paint,
 * hover cards, keyboard navigation, and the answers the popup asks for. `destroy()` undoes all of
 * it (highlights removed, observer stopped, host element gone), as when the reader disables the site.
 */
export class PageSession {
  readonly registry = new Registry();
  readonly scanner: Scanner;
  private readonly highlighter: Highlighter;
  readonly cards: CardController;
  private readonly life = new AbortController();
  private readonly flash: (range: Range) => void;

  constructor(
    private readonly doc: Document,
    private settings: SessionSettings,
    port: CardPort,
    parts: SessionParts = {},
  ) {
    const scan = parts.scan ?? true;
    this.flash = flasher(doc.defaultView, this.life.signal);
    this.highlighter = new Highlighter(this.registry, { style: settings.highlightStyle, kinds: settings.kinds }, doc.defaultView ?? window);
    const bodyText = scan ? (parts.bodyText ?? (doc.body ?? doc.documentElement)?.textContent ?? '') : '';
    const find = { contextPrefix: pageContext(doc, bodyText), lang: pageLanguage(doc, bodyText) };
    this.scanner = new Scanner(this.registry, doc, { ...parts.scanner, find, onIdle: () => this.highlighter.flush(), isOurs: (node) => this.cards?.card.contains(node) ?? false });
    this.cards = cardController({
      doc,
      ui: parts.ui ?? loadCardUi,
      port,
      registry: this.registry,
      shadowRoots: () => this.scanner.shadowRoots,
      pageOf: (found) => pageOf(doc, found),
      settings: () => ({
        hoverDelayMs: this.settings.hoverDelayMs,
        lang: this.settings.lang,
        isEnabled: (f: Found) => this.settings.kinds[f.citation.kind],
      }),
    });
    if (scan) this.scanner.start(bodyText, parts.bodyText !== undefined);
  }

  /** Applies changed settings without reloading: repaint, new delay and language. */
  update(next: SessionSettings): void {
    const previous = this.settings;
    this.settings = next;
    if (previous.highlightStyle !== next.highlightStyle || JSON.stringify(previous.kinds) !== JSON.stringify(next.kinds)) {
      this.highlighter.configure({ style: next.highlightStyle, kinds: next.kinds });
      if (!next.kinds[this.openKind() ?? 'document']) this.cards.card.close(false);
    }
    if (previous.lang !== next.lang) void this.cards.card.relocalise();
  }

  /** The distinct citations on the page with their counts, in order of first appearance. */
  citations(): PageCitations {
    const byId = new Map<string, PageCitation>();
    for (const f of this.registry.ordered()) {
      if (!this.settings.kinds[f.citation.kind]) continue;
      const entry = byId.get(f.citation.id);
      if (entry) entry.count += 1;
      else
        byId.set(f.citation.id, {
          id: f.citation.id,
          kind: f.citation.kind,
          text: f.source.slice(f.citation.start, f.citation.end).replace(/\s+/g, ' '),
          count: 1,
          sentence: sentenceAround(f.source, f.citation.start, f.citation.end),
        });
    }
    return { url: this.doc.location?.href ?? '', title: this.doc.title, citations: [...byId.values()] };
  }

  /** Scrolls to occurrence `index` of `id` and flashes it; false when it is not on the page. */
  reveal(id: string, index = 0): boolean {
    const found = this.registry.ordered().filter((f) => f.citation.id === id)[index];
    if (!found) return false;
    void this.cards.walk.reveal(found, { autoFocus: false });
    this.flash(liveRange(found));
    return true;
  }

  /** Opens the card for what a selection contains (context menu), or says nothing was recognised. */
  async lookupSelection(text: string): Promise<void> {
    const selection = this.doc.getSelection();
    const anchor = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    await ensureGrammars(text);
    const citations = detect(text);
    const range = anchor ?? this.doc.createRange();
    if (!anchor) range.selectNodeContents(this.doc.body ?? this.doc.documentElement);
    const found: Found[] = citations.slice(0, 8).map((citation) => ({
      citation,
      range: new StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset }),
      block: range.commonAncestorContainer,
      nodes: [],
      source: text,
    }));
    await this.cards.card.show(found, range, { autoFocus: true, returnFocus: this.doc.activeElement });
  }

  /** Keyboard navigation: the next citation (or previous with -1), with focus in its card. */
  next(step: 1 | -1 = 1): Promise<boolean> {
    return this.cards.walk.next(step);
  }

  /** Undoes everything the session did on the page: highlights, observers, listeners, timers, the card's host. */
  destroy(): void {
    this.life.abort();
    this.scanner.stop();
    this.cards.destroy();
    this.highlighter.destroy();
    this.registry.clear();
  }

  private openKind(): CitationKind | undefined {
    const id = this.cards.card.ids[0];
    return id ? this.registry.all().find((f) => f.citation.id === id)?.citation.kind : undefined;
  }
}

/** Where a citation on this page was read, as a save records it. */
function pageOf(doc: Document, found: Found | null): ReadAt {
  return { url: pageUrl(doc), title: doc.title, sentence: found ? sentenceAround(found.source, found.citation.start, found.citation.end) : '' };
}

/**
 * The address a save records: the page's own, or for a frame written by script (about:blank,
 * srcdoc) the site of the page that holds it; the background accepts only web addresses.
 */
function pageUrl(doc: Document): string {
  const href = doc.location?.href ?? '';
  if (/^https?:/i.test(href)) return href;
  const ancestors = doc.location?.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return `${ancestors[0]}/`;
  return doc.referrer;
}
