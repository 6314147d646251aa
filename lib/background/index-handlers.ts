import type { CardModel } from '../card/model';
import type { CardLabels } from '../core/card-labels';
import { cardLabels } from '../card/build/labels';
import { toCardModel } from '../card/build/to-model';
import { lookup } from '../core/index/lookup';
import type { Lang } from '../core/lang';

/**
 * Answers `index/cards`: the hover card data for some canonical ids in the reader's language, with
 * the card's interface words. The index and the catalogues stay in the background so the content
 * script, loaded on every page, stays small. Ids that are not recognised references are left out.
 */
export function cardsFor(ids: string[], lang: Lang): { models: CardModel[]; labels: CardLabels } {
  const models = ids.map((id) => toCardModel(lookup(id, lang), lang)).filter((m): m is CardModel => m !== null);
  return { models, labels: cardLabels(lang) };
}
