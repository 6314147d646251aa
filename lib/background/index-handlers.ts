import * as v from 'valibot';
import type { CardModel } from '../../components/card/model';
import { toCardModel } from '../cards/to-model';
import { lookup } from '../index/lookup';

/** At most this many references in one card (several citations under the pointer). */
const MAX_IDS = 16;

const CardsRequest = v.strictObject({
  type: v.literal('index/cards'),
  ids: v.pipe(v.array(v.pipe(v.string(), v.maxLength(120))), v.minLength(1), v.maxLength(MAX_IDS)),
  lang: v.picklist(['en', 'fr', 'es']),
});

/**
 * Answers `index/cards`: the hover card data for some canonical ids in the reader's language.
 * The index stays in the background so the content script, loaded on every page, stays small.
 * Ids that are not recognised references are left out of the answer.
 */
export function handleIndexMessage(message: unknown): { ok: true; value: CardModel[] } | { ok: false; code: 'bad-message'; error: string } {
  const parsed = v.safeParse(CardsRequest, message);
  if (!parsed.success) return { ok: false, code: 'bad-message', error: `index/cards: ${v.summarize(parsed.issues)}` };
  const { ids, lang } = parsed.output;
  const models = ids.map((id) => toCardModel(lookup(id, lang), lang)).filter((m): m is CardModel => m !== null);
  return { ok: true, value: models };
}
