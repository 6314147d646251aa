import type { CardModel } from '../../components/card/model';
import type { CardLabels } from '../../components/card/labels';
import { cardLabels } from '../cards/labels';
import { toCardModel } from '../cards/to-model';
import { lookup } from '../index/lookup';

/**
 * Answers `index/cards`: the hover card data for some canonical ids in the reader's language, with
 * the card's interface words. The index and the catalogues stay in the background so the content
 * script, loaded on every page, stays small. Ids that are not recognised references are left out.
 */
export function cardsFor(ids: string[], lang: 'en' | 'fr' | 'es'): { models: CardModel[]; labels: CardLabels } {
  const models = ids.map((id) => toCardModel(lookup(id, lang), lang)).filter((m): m is CardModel => m !== null);
  return { models, labels: cardLabels(lang) };
}
