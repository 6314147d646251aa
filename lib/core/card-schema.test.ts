import { describe, expect, expectTypeOf, it } from 'vitest';
import * as v from 'valibot';
import type { CardModel } from '../card/model';
import type { CardLabels } from './card-labels';
import { cardsFor } from '../background/index-handlers';
import { CARD_LABEL_ALL_KEYS, cardLabelsSchema, cardModelSchema } from './card-schema';
import { INDEX_CARDS } from './messages';

describe('the card schemas', () => {
  it('describe exactly the card types lib/card declares (checked by the type checker)', () => {
    expectTypeOf<v.InferOutput<typeof cardModelSchema>>().toEqualTypeOf<CardModel>();
    // The labels' output is an intersection (a record of known keys, narrowed to complete): the same
    // type as CardLabels in both directions, though not spelled alike.
    type Labels = v.InferOutput<typeof cardLabelsSchema>;
    expectTypeOf<Labels>().toExtend<CardLabels>();
    expectTypeOf<CardLabels>().toExtend<Labels>();
    type Reply = v.InferOutput<typeof INDEX_CARDS.reply>;
    expectTypeOf<Reply>().toExtend<{ models: CardModel[]; labels: CardLabels }>();
    expectTypeOf<{ models: CardModel[]; labels: CardLabels }>().toExtend<Reply>();
  });

  it('accept what the background answers for index/cards, in every language, fields untouched', () => {
    for (const lang of ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const) {
      const reply = cardsFor(['UNEP/MC/COP.6/INF/28', 'minamata:art23(5)(b)', 'UNEP/EA.6/Res.3', 'MC-5/3', 'UNEP/MC/COP.4/12'], lang);
      expect(reply.models).toHaveLength(5);
      expect(v.parse(INDEX_CARDS.reply, reply)).toEqual(reply);
    }
  });

  it('refuse a card without its links or labels with a missing word', () => {
    const { models, labels } = cardsFor(['MC-5/3'], 'en');
    const { links: _links, ...noLinks } = models[0]!;
    expect(v.is(cardModelSchema, noLinks)).toBe(false);
    const { cardSave: _save, ...fewer } = labels;
    expect(v.is(cardLabelsSchema, fewer)).toBe(false);
    expect(v.is(cardLabelsSchema, { ...labels, cardSave: 5 })).toBe(false);
    expect(CARD_LABEL_ALL_KEYS.length).toBe(Object.keys(labels).length);
  });
});
