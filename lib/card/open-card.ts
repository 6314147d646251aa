import type { CardModel, SaveState } from './model';
import type { HoverCard } from './hover-intent';
import { fill, type CardLabels } from './labels';
import type { CardPort } from './port';
import type { CardHostApi, CardUi } from './ui/types';
import type { SaveInput } from '../core/messages';
import { liveRange } from '../page/hit-test';
import type { Found } from '../page/registry';

/** Where a citation was read, as a save records it. */
export type ReadAt = SaveInput['page'];

export interface OpenCardDeps {
  doc: Document;
  /** The card's UI bundle, loaded on first use. */
  ui: () => Promise<CardUi>;
  port: CardPort;
  /** The card language, read on every use so a changed setting applies at once. */
  lang: () => string;
  /** Where a citation was read, as a save records it. */
  pageOf: (found: Found | null) => ReadAt;
  /** A card was mounted: `card` is its element until `signal` aborts (the hover intent watches it). */
  onMount: (card: HTMLElement, signal: AbortSignal) => void;
  /** The card closed (or another replaced it): pending hover timers are void. */
  onClose: () => void;
}

interface Shown {
  key: string;
  found: Found[];
  models: CardModel[];
  labels: CardLabels;
  selected: number;
  saveState: SaveState;
  status?: string;
  /** After Unsave: the token that puts the reference back. */
  undo?: string | null;
  autoFocus: boolean;
  returnFocus: Element | null;
  /** Aborted when this card closes: stops following its anchor and its listeners. */
  life: AbortController;
  noCitation?: boolean;
}

/** The citations a card shows, as one string (equal keys: the same card). */
export function keyOf(found: readonly Found[]): string {
  return found.map((f) => `${f.citation.id}@${f.citation.start}`).join('|');
}

/**
 * The card on screen, from opening to closing, and what its buttons do: save, unsave and undo,
 * copy, choose among several citations, relocalise after a settings change, refresh its Save state
 * after a change elsewhere. It talks to the extension through the port only.
 */
export class OpenCard implements HoverCard<Found> {
  private shown: Shown | null = null;
  private generation = 0;
  private ui: CardUi | null = null;
  private host: CardHostApi | null = null;

  constructor(private readonly deps: OpenCardDeps) {}

  /** The open card's key and how it was opened, or null. */
  get state(): { key: string; autoFocus: boolean; returnFocus: Element | null } | null {
    return this.shown;
  }

  /** The ids of the open card (for tests and the popup). */
  get ids(): string[] {
    return this.shown?.models.map((m) => m.id) ?? [];
  }

  /** True when `node` is the card's host or inside it. */
  contains(node: Node | null): boolean {
    return this.host?.contains(node) ?? false;
  }

  /** True when focus is inside an open card the reader opened by keyboard. */
  holdsFocus(): boolean {
    return !!this.host?.hasFocus() && !!this.shown?.autoFocus;
  }

  /** Opens the card of what the pointer rested on. */
  open(found: Found[]): void {
    void this.show(found, liveRange(found[0]!), { autoFocus: false, returnFocus: null });
  }

  /**
   * Opens the card of `found` beside `anchor`, replacing any other; with nothing found (a selection
   * without a citation), a card that says so.
   */
  async show(found: Found[], anchor: Range, options: { autoFocus: boolean; returnFocus: Element | null }): Promise<void> {
    const generation = ++this.generation;
    const [{ models, labels }, saved, host] = await Promise.all([
      this.deps.port.load(found.map((f) => f.citation), this.deps.lang()),
      found.length ? this.deps.port.savedState(found.map((f) => f.citation.id)).catch(() => null) : null,
      this.ensureHost(),
    ]);
    const none = found.length === 0;
    if (generation !== this.generation || (!none && models.length === 0)) return;
    this.close(false);
    const shown: Shown = { key: none ? 'none' : keyOf(found), found, models, labels, selected: 0, saveState: none ? 'unknown' : stateOf(saved, models[0]!.id), ...options, life: new AbortController(), noCitation: none };
    this.shown = shown;
    if (none) host.renderNoCitation({ lang: this.deps.lang(), labels, autoFocus: true, onClose: () => this.close(true) });
    else this.render();
    const card = host.card;
    if (!card || !this.ui) return;
    this.deps.onMount(card, shown.life.signal);
    shown.life.signal.addEventListener('abort', this.ui.follow(anchor, card), { once: true });
  }

  /** Refreshes the Save state after a change elsewhere (another tab, the popup); null: any id may have changed. */
  async refreshSaved(changed: string[] | null): Promise<void> {
    const shown = this.shown;
    const model = shown && !shown.noCitation ? shown.models[shown.selected] : undefined;
    if (!shown || !model || (changed && !changed.includes(model.id))) return;
    const saved = await this.deps.port.savedState([model.id]).catch(() => null);
    if (this.shown !== shown) return;
    shown.saveState = stateOf(saved, model.id);
    this.render();
  }

  /** Re-renders the open card in the current language. */
  async relocalise(): Promise<void> {
    const shown = this.shown;
    if (!shown || shown.noCitation) return;
    const { models, labels } = await this.deps.port.load(shown.found.map((f) => f.citation), this.deps.lang());
    if (this.shown !== shown) return;
    shown.models = models;
    shown.labels = labels;
    this.render();
  }

  close(restoreFocus: boolean): void {
    this.deps.onClose();
    const shown = this.shown;
    if (!shown) return;
    this.shown = null;
    shown.life.abort();
    this.host?.clear();
    if (restoreFocus && shown.returnFocus instanceof HTMLElement && shown.returnFocus.isConnected) {
      shown.returnFocus.focus({ preventScroll: true });
    }
  }

  destroy(): void {
    this.generation++;
    this.close(false);
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

  private render(): void {
    const shown = this.shown;
    if (!shown) return;
    this.host?.renderCard({
      lang: this.deps.lang(),
      labels: shown.labels,
      models: shown.models,
      selected: shown.selected,
      saveState: shown.saveState,
      status: shown.status,
      autoFocus: shown.autoFocus,
      onSelect: (i: number) => {
        shown.selected = i;
        shown.status = undefined;
        shown.undo = undefined;
        this.render();
        void this.refreshSaved(null);
      },
      onToggleSave: () => void this.toggleSave(shown),
      onCopy: () => void this.act(shown, async (model) => {
        await this.deps.port.copy(model.reference);
        return shown.labels.cardCopied;
      }, () => shown.labels.cardCopyFailed),
      onClose: () => this.close(true),
      onUndo: shown.undo ? () => void this.undo(shown) : undefined,
    });
  }

  private async toggleSave(shown: Shown): Promise<void> {
    const model = shown.models[shown.selected];
    if (!model || shown.saveState === 'busy') return;
    const wasSaved = shown.saveState === 'saved';
    const found = shown.found[shown.selected] ?? shown.found[0] ?? null;
    await this.busy(shown, wasSaved ? 'unsaved' : 'saved', wasSaved ? 'saved' : 'unsaved', async () => {
      if (wasSaved) shown.undo = await this.deps.port.unsave(model.id);
      else await this.deps.port.save({ id: model.id, kind: model.kind, title: model.title ?? model.label, page: this.deps.pageOf(found) });
      return wasSaved ? shown.labels.cardRemovedStatus : shown.labels.cardSavedStatus;
    });
  }

  /** Puts back what Unsave removed, note and pages included, as the popup's Undo does. */
  private async undo(shown: Shown): Promise<void> {
    const token = shown.undo;
    if (!token || shown.saveState === 'busy') return;
    await this.busy(shown, 'saved', 'unsaved', async () => {
      await this.deps.port.undo(token);
      return shown.labels.cardSavedStatus;
    });
  }

  /** Runs a change to the saved list with the Save button busy, then shows its outcome. */
  private async busy(shown: Shown, after: SaveState, failed: SaveState, work: () => Promise<string>): Promise<void> {
    shown.saveState = 'busy';
    shown.undo = undefined;
    this.render();
    try {
      shown.status = await work();
      shown.saveState = after;
    } catch (error) {
      shown.saveState = failed;
      shown.status = fill(shown.labels.cardSaveFailed, error instanceof Error ? error.message : '');
    }
    if (this.shown === shown) this.render();
  }

  /** Runs a button's action on the selected model and shows its status line. */
  private async act(shown: Shown, work: (model: CardModel) => Promise<string>, failed: () => string): Promise<void> {
    const model = shown.models[shown.selected];
    if (!model) return;
    shown.status = await work(model).catch(failed);
    if (this.shown === shown) this.render();
  }
}

function stateOf(saved: Set<string> | null, id: string): SaveState {
  return saved ? (saved.has(id) ? 'saved' : 'unsaved') : 'unknown';
}
