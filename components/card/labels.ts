/**
 * The interface words a card needs, already in the reader's language. The background looks them up
 * in the i18n catalogues (lib/cards/labels.ts) and sends them with the card data, so the content
 * script, loaded on every page, does not carry the catalogues of the whole interface.
 */
export const CARD_LABEL_KEYS = [
  'cardKindDocument', 'cardKindArticle', 'cardKindResolution', 'cardKindDecision', 'cardClose', 'cardSeveral',
  'cardNotInIndex', 'cardMeeting', 'cardRelated', 'cardLinks', 'cardSave', 'cardSaved', 'cardCopy', 'cardCitedIn',
  'cardMoreCited', 'cardNoCitation', 'cardSavedStatus', 'cardRemovedStatus', 'cardSaveFailed', 'cardCopied',
  'cardCopyFailed', 'undo',
] as const;

export type CardLabelKey = (typeof CARD_LABEL_KEYS)[number];
export type CardLabels = Record<CardLabelKey, string>;

/** Fills `$1`, `$2`… in a label. */
export function fill(template: string, ...subs: Array<string | number>): string {
  return template.replace(/\$(\d)/g, (m, d: string) => String(subs[Number(d) - 1] ?? m));
}
