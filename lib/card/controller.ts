import type { CardModel, SaveState } from './model';
import { fill, type CardLabels } from './labels';
import type { CardHostApi, CardUi } from './ui/types';
import { citationsAtPoint, liveRange } from '../page/hit-test';
import { nextCitation } from '../page/navigator';
import type { Found, Registry } from '../page/registry';

/** What the controller needs from the rest of the content script; injected so tests can supply fakes. */
export interface CardDeps {
  doc: Document;
  /** The card's UI bundle, loaded on first use. */
  ui: () => Promise<CardUi>;
  registry: Registry;
  shadowRoots: () => ShadowRoot[];
  /** Card data for each citation, and the card's interface words, in the reader's language. */
  loadModels: (found: Array<{ id: string; kind: Found['citation']['kind'] }>, lang: string) => Promise<{ models: CardModel[]; labels: CardLabels }>;
  savedState: (ids: string[]) => Promise<Set<string>>;
  save: (model: CardModel, found: Found | null) => Promise<void>;
  /** Removes a reference; resolves to a token that puts it back (null when it was not saved). */
  unsave: (id: string) => Promise<string | null>;
  undo: (token: string) => Promise<void>;
  copy: (text: string) => Promise<void>;
  /** Live settings: read on every use so changes apply without a reload. */
  settings: () => { hoverDelayMs: number; lang: string; isEnabled: (f: Found) => boolean };
}

/** How long the card stays after the pointer leaves both the citation and the card. */
const HIDE_DELAY_MS = 300;

interface OpenCard {
  key: string;
  found: Found[];
  anchor: Range;
  models: CardModel[];
  labels: CardLabels;
  selected: number;
  saveState: SaveState;
  status?: string;
  /** After Unsave: the token that puts the reference back. */
  undo?: string | null;
  autoFocus: boolean;
  returnFocus: Element | null;
  stopFollowing: () => void;
  noCitation?: boolean;
}

/**
 * Opens, updates and closes the hover card. Pointer: a citation under the pointer for the hover
 * delay opens its card, which stays while the pointer is on the citation or the card and hides a
 * moment after it leaves both. Keyboard: `next()` walks the page's citations in order and opens each
 * card with focus in it; Esc closes the card and gives focus back where it was.
 */
export class CardController {
  private open: OpenCard | null = null;
  private openTimer: ReturnType<typeof setTimeout> | null = null;
  private pendingKey = '';
  private hideTimer: ReturnType<typeof setTimeout> | null = null;
  private frame = 0;
  private lastPoint: { x: number; y: number; target: EventTarget | null } | null = null;
  private generation = 0;
  private cursor: Found | null = null;
  private readonly abort = new AbortController();
  private ui: CardUi | null = null;
  private host: CardHostApi | null = null;

  constructor(private readonly deps: CardDeps) {
    const { doc } = deps;
    const opts = { capture: true, passive: true, signal: this.abort.signal };
    // Only the reader drives the card: a page can dispatch any event it likes, but not a trusted one.
    doc.addEventListener('pointermove', (e) => e.isTrusted && this.onPointerMove(e), opts);
    doc.addEventListener('pointerdown', (e) => e.isTrusted && this.onPointerDown(e), opts);
    doc.documentElement.addEventListener('pointerleave', (e) => e.isTrusted && this.scheduleHide(), opts);
    doc.addEventListener('keydown', (e) => e.isTrusted && this.onKeyDown(e), { capture: true, signal: this.abort.signal });
  }

  get isOpen(): boolean {
    return this.open !== null;
  }

  /** The ids of the open card (for tests and the popup). */
  get openIds(): string[] {
    return this.open?.models.map((m) => m.id) ?? [];
  }

  destroy(): void {
    this.abort.abort();
    this.close(false);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.host?.destroy();
    this.host = null;
  }

  /** The card UI and its host element, created the first time a card opens. */
  private async ensureHost(): Promise<CardHostApi> {
    this.ui ??= await this.deps.ui();
    // The page removed or tampered with the host: forget the card it held; the next one gets a new host.
    this.host ??= this.ui.createHost(this.deps.doc, () => this.close(false));
    return this.host;
  }

  /** Opens the next citation after the last one visited (wrapping), scrolled into view, with focus in its card. */
  async next(step: 1 | -1 = 1): Promise<boolean> {
    const enabled = this.deps.registry.ordered().filter((f) => this.deps.settings().isEnabled(f));
    const target = nextCitation(enabled, this.cursor, step);
    return target ? this.reveal(target, { autoFocus: true }) : false;
  }

  /** Scrolls a citation into view and opens its card; `autoFocus` moves focus into the card. */
  async reveal(found: Found, options: { autoFocus: boolean }): Promise<boolean> {
    this.cursor = found;
    const range = liveRange(found);
    const rect = range.getBoundingClientRect();
    const view = this.deps.doc.defaultView!;
    if (rect.top < 0 || rect.bottom > view.innerHeight || rect.left < 0 || rect.right > view.innerWidth) {
      const el = range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    const returnFocus = this.open?.returnFocus ?? (this.deps.doc.activeElement as Element | null);
    await this.show([found], range, { autoFocus: options.autoFocus, returnFocus });
    return true;
  }

  /** Opens the card for citations found in a selection (context menu), or says none was recognised. */
  async showForSelection(found: Found[], anchor: Range): Promise<void> {
    const returnFocus = this.deps.doc.activeElement as Element | null;
    if (found.length === 0) {
      const generation = ++this.generation;
      const [{ labels }, host] = await Promise.all([this.deps.loadModels([], this.deps.settings().lang), this.ensureHost()]);
      if (generation !== this.generation) return;
      this.close(false);
      const stop = this.mountAt(anchor, () => host.renderNoCitation({ lang: this.deps.settings().lang, labels, autoFocus: true, onClose: () => this.close(true) }));
      this.open = { key: 'none', found: [], anchor, models: [], labels, selected: 0, saveState: 'unknown', autoFocus: true, returnFocus, stopFollowing: stop, noCitation: true };
      return;
    }
    await this.show(found, anchor, { autoFocus: true, returnFocus });
  }

  /** Refreshes the Save state of the open card after a change elsewhere (another tab, the popup). */
  async refreshSaved(changed: string[] | null): Promise<void> {
    const open = this.open;
    if (!open || open.noCitation) return;
    const model = open.models[open.selected];
    if (!model || (changed && !changed.includes(model.id))) return;
    const saved = await this.deps.savedState([model.id]).catch(() => null);
    if (this.open !== open) return;
    open.saveState = saved ? (saved.has(model.id) ? 'saved' : 'unsaved') : 'unknown';
    this.renderOpen();
  }

  /** Re-renders the open card in a new language after a settings change. */
  async relocalise(): Promise<void> {
    const open = this.open;
    if (!open || open.noCitation) return;
    const { models, labels } = await this.deps.loadModels(open.found.map((f) => f.citation), this.deps.settings().lang);
    if (this.open !== open) return;
    open.models = models;
    open.labels = labels;
    this.renderOpen();
  }

  close(restoreFocus: boolean): void {
    this.cancelOpen();
    this.cancelHide();
    const open = this.open;
    if (!open) return;
    this.open = null;
    open.stopFollowing();
    this.host?.clear();
    if (restoreFocus && open.returnFocus instanceof HTMLElement && open.returnFocus.isConnected) {
      open.returnFocus.focus({ preventScroll: true });
    }
  }

  private onPointerMove(event: PointerEvent): void {
    // A reader selecting text (a button held down) is not asking for a card.
    if (event.buttons !== 0 && !this.host?.contains(event.target as Node)) {
      this.cancelOpen();
      return;
    }
    this.lastPoint = { x: event.clientX, y: event.clientY, target: event.target };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.track();
    });
  }

  /** Decides, once per frame, what the pointer is on and whether a card should open, stay or hide. */
  private track(): void {
    const point = this.lastPoint;
    if (!point) return;
    if (this.host?.contains(point.target as Node)) {
      this.cancelHide();
      return;
    }
    const { settings, registry, doc } = this.deps;
    const s = settings();
    const found = citationsAtPoint(registry, doc, point.x, point.y, this.deps.shadowRoots(), s.isEnabled);
    if (found.length === 0) {
      this.cancelOpen();
      if (this.open && !this.open.autoFocus) this.scheduleHide();
      return;
    }
    const key = keyOf(found);
    if (this.open?.key === key) {
      this.cancelHide();
      return;
    }
    if (this.pendingKey === key) return;
    this.cancelOpen();
    this.pendingKey = key;
    this.openTimer = setTimeout(() => {
      this.openTimer = null;
      this.pendingKey = '';
      const anchor = liveRange(found[0]!);
      void this.show(found, anchor, { autoFocus: false, returnFocus: null });
    }, s.hoverDelayMs);
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.open && !this.host?.contains(event.target as Node)) this.close(false);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.close(true);
  }

  private async show(found: Found[], anchor: Range, options: { autoFocus: boolean; returnFocus: Element | null }): Promise<void> {
    const generation = ++this.generation;
    const { lang } = this.deps.settings();
    const ids = found.map((f) => f.citation.id);
    const [{ models, labels }, saved] = await Promise.all([
      this.deps.loadModels(found.map((f) => f.citation), lang),
      this.deps.savedState(ids).catch(() => null),
      this.ensureHost(),
    ]);
    if (generation !== this.generation || models.length === 0) return;
    this.close(false);
    const open: OpenCard = {
      key: keyOf(found),
      found,
      anchor,
      models,
      labels,
      selected: 0,
      saveState: saved ? (saved.has(models[0]!.id) ? 'saved' : 'unsaved') : 'unknown',
      autoFocus: options.autoFocus,
      returnFocus: options.returnFocus,
      stopFollowing: () => {},
    };
    this.open = open;
    open.stopFollowing = this.mountAt(anchor, () => this.renderOpen());
  }

  /** Renders through `draw`, then keeps the card beside `anchor` until the returned function runs. */
  private mountAt(anchor: Range, draw: () => void): () => void {
    draw();
    const card = this.host?.card;
    if (!card || !this.ui) return () => {};
    card.addEventListener('pointerleave', (e) => e.isTrusted && this.scheduleHide());
    card.addEventListener('pointerenter', (e) => e.isTrusted && this.cancelHide());
    return this.ui.follow(anchor, card);
  }

  private renderOpen(): void {
    const open = this.open;
    if (!open) return;
    const lang = this.deps.settings().lang;
    this.host?.renderCard({
        lang,
        labels: open.labels,
        models: open.models,
        selected: open.selected,
        saveState: open.saveState,
        status: open.status,
        autoFocus: open.autoFocus,
        onSelect: (i: number) => {
          open.selected = i;
          open.status = undefined;
          open.undo = undefined;
          this.renderOpen();
          void this.refreshSaved(null);
        },
        onToggleSave: () => void this.toggleSave(open),
        onCopy: () => void this.copy(open),
        onClose: () => this.close(true),
        onUndo: open.undo ? () => void this.undo(open) : undefined,
      });
  }

  private async toggleSave(open: OpenCard): Promise<void> {
    const model = open.models[open.selected];
    if (!model || open.saveState === 'busy') return;
    const wasSaved = open.saveState === 'saved';
    const L = open.labels;
    open.saveState = 'busy';
    open.undo = undefined;
    this.renderOpen();
    try {
      if (wasSaved) open.undo = await this.deps.unsave(model.id);
      else await this.deps.save(model, open.found[open.selected] ?? open.found[0] ?? null);
      open.saveState = wasSaved ? 'unsaved' : 'saved';
      open.status = wasSaved ? L.cardRemovedStatus : L.cardSavedStatus;
    } catch (error) {
      open.saveState = wasSaved ? 'saved' : 'unsaved';
      open.status = fill(L.cardSaveFailed, error instanceof Error ? error.message : '');
    }
    if (this.open === open) this.renderOpen();
  }

  /** Puts back what Unsave removed, note and pages included, as the popup's Undo does. */
  private async undo(open: OpenCard): Promise<void> {
    const token = open.undo;
    if (!token || open.saveState === 'busy') return;
    open.undo = undefined;
    open.saveState = 'busy';
    this.renderOpen();
    try {
      await this.deps.undo(token);
      open.saveState = 'saved';
      open.status = open.labels.cardSavedStatus;
    } catch (error) {
      open.saveState = 'unsaved';
      open.status = fill(open.labels.cardSaveFailed, error instanceof Error ? error.message : '');
    }
    if (this.open === open) this.renderOpen();
  }

  private async copy(open: OpenCard): Promise<void> {
    const model = open.models[open.selected];
    if (!model) return;
    try {
      await this.deps.copy(model.reference);
      open.status = open.labels.cardCopied;
    } catch {
      open.status = open.labels.cardCopyFailed;
    }
    if (this.open === open) this.renderOpen();
  }

  private scheduleHide(): void {
    if (!this.open || this.hideTimer !== null) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = null;
      // A card the reader is typing or tabbing in stays until Esc or a click elsewhere.
      if (this.host?.hasFocus() && this.open?.autoFocus) return;
      this.close(false);
    }, HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  private cancelOpen(): void {
    if (this.openTimer !== null) clearTimeout(this.openTimer);
    this.openTimer = null;
    this.pendingKey = '';
  }
}

function keyOf(found: Found[]): string {
  return found.map((f) => `${f.citation.id}@${f.citation.start}`).join('|');
}
