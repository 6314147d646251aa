import type { CardLabels } from '../../components/card/labels';
import type { CardModel } from '../../components/card/model';
import type { CitationKind } from '../detect/types';
import { send } from '../message-bus';

/**
 * Asks the background for the cards of some references and the card's interface words. The index
 * and the i18n catalogues live in the extension's pages and service worker, not in the content
 * script, which keeps the script small on every page; one message per card opening is cheap next
 * to the hover delay.
 */
export function loadCardModels(refs: Array<{ id: string; kind: CitationKind }>, lang: string): Promise<{ models: CardModel[]; labels: CardLabels }> {
  return send('index/cards', { ids: refs.map((r) => r.id), lang: lang === 'fr' || lang === 'es' ? lang : 'en' });
}
