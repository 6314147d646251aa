import type { CardModel, SaveState } from './model';
import type { HoverCard } from './hover-intent';
import type { CardLabels } from '../core/card-labels';
import { fill } from './labels';
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

/** The card on screen, as the hover intent, the walk and the session drive it. */
export interface OpenCard extends HoverCard<Found> {
  readonly state: { key: string; autoFocus: boolean; returnFocus: Element | null } | null;
  /** The ids of the open card (for tests and the popup). */
  readonly ids: string[];
  /**
   * Opens the card of `found` beside `anchor`, replacing any other; with nothing found (a selection
   * without a citation), a card that says so.
   */
  show(found: Found[], anchor: Range, options: { autoFocus: boolean; returnFocus: Element | null }): Promise<void>;
  /** Refreshes the Save state after a change elsewhere (another tab, the popup); null: any id may have changed. */
  refreshSaved(changed: string[] | null): Promise<void>;
  /** Re-renders the open card in the current language. */
  relocalise(): Promise<void>;
  close(restoreFocus: boolean): void;
  destroy(): void;
}

/**
 * The card on screen, from opening to closing, and what its buttons do: save, unsave and undo,
 * copy, choose among several citations, relocalise after a settings change, refresh its Save state
 * after a change elsewhere. It talks to the extension through the port only.
 */
export function openCard({ doc, ui: loadUi, port, lang, pageOf, onMount, onClose }: OpenCardDeps): OpenCard {
  let shown: Shown | null = null;
  let generation = 0;
  let ui: CardUi | null = null;
  let host: CardHostApi | null = null;

  /** The card UI and its host element, created the first time a card opens. */
  const ensureHost = async (): Promise<CardHostApi> => {
    ui ??= await loadUi();
    // The page removed or tampered with the host: forget the card it held; the next one gets a new host.
    return (host ??= ui.createHost(doc, () => close(false)));
  };

  function close(restoreFocus: boolean): void {
    onClose();
    const was = shown;
    if (!was) return;
    shown = null;
    was.life.abort();
    host?.clear();
    if (restoreFocus && was.returnFocus instanceof HTMLElement && was.returnFocus.isConnected) was.returnFocus.focus({ preventScroll: true });
  }

  async function show(found: Found[], anchor: Range, options: { autoFocus: boolean; returnFocus: Element | null }): Promise<void> {
    const mine = ++generation;
    const [{ models, labels }, saved, h] = await Promise.all([
      port.load(found.map((f) => f.citation), lang()),
      found.length ? port.savedState(found.map((f) => f.citation.id)).catch(() => null) : null,
      ensureHost(),
    ]);
    const none = found.length === 0;
    if (mine !== generation || (!none && models.length === 0)) return;
    close(false);
    const s: Shown = { key: none ? 'none' : keyOf(found), found, models, labels, selected: 0, saveState: none ? 'unknown' : stateOf(saved, models[0]!.id), ...options, life: new AbortController(), noCitation: none };
    shown = s;
    if (none) h.renderNoCitation({ lang: lang(), labels, autoFocus: true, onClose: () => close(true) });
    else render();
    const el = h.card;
    if (!el || !ui) return;
    onMount(el, s.life.signal);
    s.life.signal.addEventListener('abort', ui.follow(anchor, el), { once: true });
  }

  async function refreshSaved(changed: string[] | null): Promise<void> {
    const s = shown;
    const model = s && !s.noCitation ? s.models[s.selected] : undefined;
    if (!s || !model || (changed && !changed.includes(model.id))) return;
    const saved = await port.savedState([model.id]).catch(() => null);
    if (shown !== s) return;
    s.saveState = stateOf(saved, model.id);
    render();
  }

  function render(): void {
    const s = shown;
    if (!s) return;
    host?.renderCard({
      lang: lang(),
      labels: s.labels,
      models: s.models,
      selected: s.selected,
      saveState: s.saveState,
      status: s.status,
      autoFocus: s.autoFocus,
      onSelect: (i: number) => {
        s.selected = i;
        s.status = undefined;
        s.undo = undefined;
        render();
        void refreshSaved(null);
      },
      onToggleSave: () => void toggleSave(s),
      onCopy: () => void copy(s),
      onClose: () => close(true),
      onUndo: s.undo ? () => void undo(s) : undefined,
    });
  }

  async function toggleSave(s: Shown): Promise<void> {
    const model = s.models[s.selected];
    if (!model || s.saveState === 'busy') return;
    const wasSaved = s.saveState === 'saved';
    const found = s.found[s.selected] ?? s.found[0] ?? null;
    await busy(s, wasSaved ? 'unsaved' : 'saved', wasSaved ? 'saved' : 'unsaved', async () => {
      if (wasSaved) s.undo = await port.unsave(model.id);
      else await port.save({ id: model.id, kind: model.kind, title: model.title ?? model.label, page: pageOf(found) });
      return wasSaved ? s.labels.cardRemovedStatus : s.labels.cardSavedStatus;
    });
  }

  /** Puts back what Unsave removed, note and pages included, as the popup's Undo does. */
  async function undo(s: Shown): Promise<void> {
    const token = s.undo;
    if (!token || s.saveState === 'busy') return;
    await busy(s, 'saved', 'unsaved', async () => {
      await port.undo(token);
      return s.labels.cardSavedStatus;
    });
  }

  /** Runs a change to the saved list with the Save button busy, then shows its outcome. */
  async function busy(s: Shown, after: SaveState, failed: SaveState, work: () => Promise<string>): Promise<void> {
    s.saveState = 'busy';
    s.undo = undefined;
    render();
    try {
      s.status = await work();
      s.saveState = after;
    } catch (error) {
      s.saveState = failed;
      s.status = fill(s.labels.cardSaveFailed, error instanceof Error ? error.message : '');
    }
    if (shown === s) render();
  }

  async function copy(s: Shown): Promise<void> {
    const model = s.models[s.selected];
    if (!model) return;
    s.status = await port.copy(model.reference).then(
      () => s.labels.cardCopied,
      () => s.labels.cardCopyFailed,
    );
    if (shown === s) render();
  }

  return {
    get state() {
      return shown;
    },
    get ids() {
      return shown?.models.map((m) => m.id) ?? [];
    },
    contains: (node) => host?.contains(node) ?? false,
    holdsFocus: () => !!host?.hasFocus() && !!shown?.autoFocus,
    open: (found) => void show(found, liveRange(found[0]!), { autoFocus: false, returnFocus: null }),
    show,
    refreshSaved,
    async relocalise() {
      const s = shown;
      if (!s || s.noCitation) return;
      const { models, labels } = await port.load(s.found.map((f) => f.citation), lang());
      if (shown !== s) return;
      s.models = models;
      s.labels = labels;
      render();
    },
    close,
    destroy() {
      generation++;
      close(false);
      host?.destroy();
      host = null;
    },
  };
}

function stateOf(saved: Set<string> | null, id: string): SaveState {
  return saved ? (saved.has(id) ? 'saved' : 'unsaved') : 'unknown';
}
