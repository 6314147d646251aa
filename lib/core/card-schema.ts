/**
 * The hover card's data and interface words as valibot schemas, for the `index/cards` reply
 * (lib/core/messages.ts). The types they check are declared with the card (lib/card/model.ts,
 * lib/core/card-labels.ts); card-schema.test.ts proves at compile time that the two stay the same shape.
 */
import * as v from 'valibot';
import { CITATION_KINDS } from './detect/types';
import { CARD_LABEL_KEYS, CARD_PLURAL_BASES, CARD_PLURAL_FORMS } from './card-labels';

const text = v.string();
const optionalText = v.optional(text);

/** What a hover card shows, already in the reader's language (CardModel). */
export const cardModelSchema = v.object({
  id: text,
  kind: v.picklist(CITATION_KINDS),
  inIndex: v.boolean(),
  label: text,
  title: optionalText,
  titleNote: optionalText,
  summary: optionalText,
  meeting: optionalText,
  instrument: optionalText,
  textLang: v.optional(v.object({ title: optionalText, summary: optionalText, instrument: optionalText })),
  citedIn: v.array(v.object({ where: text, excerpt: text, lang: optionalText })),
  links: v.array(v.object({ label: text, url: text, hreflang: optionalText })),
  related: v.array(text),
  reference: text,
});

function allLabelKeys() {
  return [...CARD_LABEL_KEYS, ...CARD_PLURAL_BASES.flatMap((base) => CARD_PLURAL_FORMS.map((form) => `${base}_${form}` as const))];
}

/**
 * Every key of CardLabels: the plain words, then each count-dependent word in every plural form.
 * Marked pure so that the content script, which never parses a card, does not build it.
 */
export const CARD_LABEL_ALL_KEYS = /* @__PURE__ */ allLabelKeys();

type LabelKey = (typeof CARD_LABEL_ALL_KEYS)[number];

/** True when every word is there: a record of known keys may still lack some. */
function complete(labels: Partial<Record<LabelKey, string>>): labels is Record<LabelKey, string> {
  return CARD_LABEL_ALL_KEYS.every((key) => typeof labels[key] === 'string');
}

/** The card's interface words (CardLabels): every key present, each a string, no other key. */
export const cardLabelsSchema = v.pipe(v.record(v.picklist(CARD_LABEL_ALL_KEYS), v.string()), v.guard(complete, 'a card label is missing'));
