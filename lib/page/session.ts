import type { CardModel } from '../card/model';
import { detect } from '../core/detect/detector';
import type { CitationKind } from '../core/detect/types';
import type { CardLabels } from '../card/labels';
import type { PageCitation, PageCitations } from '../core/messages';
import type { HighlightStyle } from '../runtime/settings';
import { CardController } from '../card/controller';
import { loadCardUi } from '../card/loader';
import { Highlighter } from './highlighter';
import { pageContext, pageLanguage } from './find';
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

/** The extension services a session uses (messages to the background), injected for testing. */
export interface SessionServices {
  loadModels: (refs: Array<{ id: string; kind: CitationKind }>, lang: string) => Promise<{ models: CardModel[]; labels: CardLabels }>;
  savedState: (ids: string[]) => Promise<Set<string>>;
  save: (input: { id: string; kind: CitationKind; title: string; page: { url: string; title: string; sentence: string } }) => Promise<void>;
  /** Resolves to the token that undoes the removal (null when it was not saved). */
  unsave: (id: string) => Promise<string | null>;
  undo: (token: string) => Promise<void>;
  copy: (text: string) => Promise<void>;
}

/** How long a revealed citation stays flashed. */
const FLASH_MS = 1600;

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
  private flashTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly doc: Document,
    private settings: SessionSettings,
    private readonly services: SessionServices,
    /** False for a page where the extension is switched off: no scan, no paint, only cards asked for explicitly. */
    scan = true,
  ) {
    this.highlighter = new Highlighter(this.registry, { style: settings.highlightStyle, kinds: settings.kinds }, doc.defaultView ?? window);
    const bodyText = scan ? ((doc.body ?? doc.documentElement)?.textContent ?? '') : '';
    this.scanner = new Scanner(this.registry, doc, { find: { contextPrefix: pageContext(doc, bodyText), lang: pageLanguage(doc, bodyText) }, onIdle: () => this.highlighter.flush() });
    this.cards = new CardController({
      doc,
      ui: loadCardUi,
      registry: this.registry,
      shadowRoots: () => this.scanner.shadowRoots,
      loadModels: (refs, lang) => services.loadModels(refs, lang),
      savedState: (ids) => services.savedState(ids),
      save: (model, found) =>
        services.save({
          id: model.id,
          kind: model.kind,
          title: model.title ?? model.label,
          page: {
            url: pageUrl(doc),
            title: doc.title,
            sentence: found ? sentenceAround(found.source, found.citation.start, found.citation.end) : '',
          },
        }),
      unsave: (id) => services.unsave(id),
      undo: (token) => services.undo(token),
      copy: (text) => services.copy(text),
      settings: () => ({
        hoverDelayMs: this.settings.hoverDelayMs,
        lang: this.settings.lang,
        isEnabled: (f: Found) => this.settings.kinds[f.citation.kind],
      }),
    });
    if (scan) this.scanner.start(bodyText);
  }

  /** Applies changed settings without reloading: repaint, new delay and language. */
  update(next: SessionSettings): void {
    const previous = this.settings;
    this.settings = next;
    if (previous.highlightStyle !== next.highlightStyle || JSON.stringify(previous.kinds) !== JSON.stringify(next.kinds)) {
      this.highlighter.configure({ style: next.highlightStyle, kinds: next.kinds });
      if (!next.kinds[this.openKind() ?? 'document']) this.cards.close(false);
    }
    if (previous.lang !== next.lang) void this.cards.relocalise();
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
    void this.cards.reveal(found, { autoFocus: false });
    this.flash(found);
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
    await this.cards.showForSelection(found, range);
  }

  /** Keyboard navigation: the next citation (or previous with -1), with focus in its card. */
  next(step: 1 | -1 = 1): Promise<boolean> {
    return this.cards.next(step);
  }

  destroy(): void {
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    this.clearFlash();
    this.scanner.stop();
    this.cards.destroy();
    this.highlighter.destroy();
    this.registry.clear();
  }

  private openKind(): CitationKind | undefined {
    const id = this.cards.openIds[0];
    return id ? this.registry.all().find((f) => f.citation.id === id)?.citation.kind : undefined;
  }

  private flash(found: Found): void {
    const win = this.doc.defaultView as (Window & { Highlight?: typeof Highlight; CSS?: { highlights?: HighlightRegistry } }) | null;
    const registry = win?.CSS?.highlights;
    if (!registry || !win?.Highlight) return;
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    registry.set('mcxref-flash', new win.Highlight(liveRange(found)));
    this.flashTimer = setTimeout(() => this.clearFlash(), FLASH_MS);
  }

  private clearFlash(): void {
    const win = this.doc.defaultView as (Window & { CSS?: { highlights?: HighlightRegistry } }) | null;
    win?.CSS?.highlights?.delete('mcxref-flash');
    this.flashTimer = null;
  }
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
