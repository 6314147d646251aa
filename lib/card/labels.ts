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

/** A count-dependent label in the card's language, e.g. "1 référence ici" / "3 références ici". */
export function plural(labels: CardLabels, base: CardPluralBase, lang: string, count: number): string {
  const form = new Intl.PluralRules(lang).select(count);
  return fill(labels[`${base}_${form}`] ?? labels[`${base}_other`], count);
}

/** Fills `$1`, `$2`… in a label. */
export function fill(template: string, ...subs: Array<string | number>): string {
  return template.replace(/\$(\d)/g, (m, d: string) => String(subs[Number(d) - 1] ?? m));
}
