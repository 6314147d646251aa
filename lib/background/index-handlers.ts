import * as v from 'valibot';
import type { CardModel } from '../../components/card/model';
import type { CardLabels } from '../../components/card/labels';
import { cardLabels } from '../cards/labels';
import { toCardModel } from '../cards/to-model';
import { lookup } from '../index/lookup';
import { LANGS } from '../lang';

/** At most this many references per request (a card asks for a few, the popup for a page's worth). */
const MAX_IDS = 500;

const CardsRequest = v.strictObject({
  type: v.literal('index/cards'),
  ids: v.pipe(v.array(v.pipe(v.string(), v.maxLength(120))), v.maxLength(MAX_IDS)),
  lang: v.picklist(LANGS),
});

/**
 * Answers `index/cards`: the hover card data for some canonical ids in the reader's language, with
 * the card's interface words. The index and the catalogues stay in the background so the content
 * script, loaded on every page, stays small. Ids that are not recognised references are left out.
 */
export function handleIndexMessage(
  message: unknown,
): { ok: true; value: { models: CardModel[]; labels: CardLabels } } | { ok: false; code: 'bad-message'; error: string } {
  const parsed = v.safeParse(CardsRequest, message);
  if (!parsed.success) return { ok: false, code: 'bad-message', error: `index/cards: ${v.summarize(parsed.issues)}` };
  const { ids, lang } = parsed.output;
  const models = ids.map((id) => toCardModel(lookup(id, lang), lang)).filter((m): m is CardModel => m !== null);
  return { ok: true, value: { models, labels: cardLabels(lang) } };
}
