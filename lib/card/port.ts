import type { CardLabels } from './labels';
import type { CardModel } from './model';
import type { CitationKind } from '../core/detect/types';
import { langOfTag } from '../core/lang';
import { send } from '../runtime/message-bus';

/**
 * Asks the background for the cards of some references and the card's interface words. The index
 * and the i18n catalogues live in the extension's pages and service worker, not in the content
 * script, which keeps the script small on every page; one message per card opening is cheap next
 * to the hover delay.
 */
export function loadCardModels(refs: Array<{ id: string; kind: CitationKind }>, lang: string): Promise<{ models: CardModel[]; labels: CardLabels }> {
  return send('index/cards', { ids: refs.map((r) => r.id), lang: langOfTag(lang) ?? 'en' });
}
