/**
 * The interface words a card needs, already in the reader's language. The background looks them up
 * in the i18n catalogues (lib/card/build/labels.ts) and sends them with the card data, so the content
 * script, loaded on every page, does not carry the catalogues of the whole interface.
 */
export const CARD_LABEL_KEYS = [
  'cardKindDocument', 'cardKindArticle', 'cardKindResolution', 'cardKindDecision', 'cardClose',
  'cardNotInIndex', 'cardMeeting', 'cardRelated', 'cardLinks', 'cardSave', 'cardSaved', 'cardCopy', 'cardCitedIn',
  'cardNoCitation', 'cardSavedStatus', 'cardRemovedStatus', 'cardSaveFailed', 'cardCopied',
  'cardCopyFailed', 'undo',
] as const;

/** Count-dependent card words; each is sent in every CLDR plural form (see lib/core/i18n PLURAL_CATEGORIES). */
export const CARD_PLURAL_BASES = ['cardSeveral', 'cardMoreCited'] as const;
export const CARD_PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

export type CardLabelKey = (typeof CARD_LABEL_KEYS)[number];
export type CardPluralBase = (typeof CARD_PLURAL_BASES)[number];
export type CardPluralKey = `${CardPluralBase}_${(typeof CARD_PLURAL_FORMS)[number]}`;
export type CardLabels = Record<CardLabelKey | CardPluralKey, string>;
