import { browser } from 'wxt/browser';
import { CARD_UI_GLOBAL, type CardUi } from '../card-ui/types';

let loading: Promise<CardUi> | null = null;

/**
 * The card UI, injected on first use: the content script asks the background to run
 * `card-ui.js` in this frame's isolated world (the world content scripts share), then reads the
 * API it leaves there. Pages that never show a card never load Preact or Floating UI.
 */
export function loadCardUi(): Promise<CardUi> {
  const existing = (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] as CardUi | undefined;
  if (existing) return Promise.resolve(existing);
  loading ??= (async () => {
    const reply = (await browser.runtime.sendMessage({ type: 'card-ui/load' })) as { ok: boolean; error?: string } | undefined;
    const ui = (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] as CardUi | undefined;
    if (!ui) throw new Error(reply && !reply.ok ? `the card could not be loaded: ${reply.error}` : 'the card could not be loaded');
    return ui;
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
