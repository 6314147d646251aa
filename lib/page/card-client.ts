import { browser } from 'wxt/browser';
import type { CardLabels } from '../../components/card/labels';
import type { CardModel } from '../../components/card/model';
import type { CitationKind } from '../detect/types';

/**
 * Asks the background for the cards of some references and the card's interface words. The index
 * and the i18n catalogues live in the extension's pages and service worker, not in the content
 * script, which keeps the script small on every page; one message per card opening is cheap next
 * to the hover delay.
 */
export async function loadCardModels(refs: Array<{ id: string; kind: CitationKind }>, lang: string): Promise<{ models: CardModel[]; labels: CardLabels }> {
  const reply = (await browser.runtime.sendMessage({ type: 'index/cards', ids: refs.map((r) => r.id), lang })) as
    | { ok: true; value: { models: CardModel[]; labels: CardLabels } }
    | { ok: false; error: string }
    | undefined;
  if (!reply || !reply.ok) throw new Error(reply && !reply.ok ? reply.error : 'the extension did not answer');
  return reply.value;
}
