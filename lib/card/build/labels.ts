import { CARD_LABEL_KEYS, CARD_PLURAL_BASES, CARD_PLURAL_FORMS, type CardLabels } from '../../core/card-labels';
import { pluralTemplate, t, type Lang } from '../../core/i18n';

/**
 * The card's interface words in `lang`, from the i18n catalogues; count-dependent words in every
 * plural form, so the card picks the form with Intl.PluralRules without carrying the catalogues.
 */
export function cardLabels(lang: Lang): CardLabels {
  const plain = CARD_LABEL_KEYS.map((key) => [key, t(lang, key)]);
  const plurals = CARD_PLURAL_BASES.flatMap((base) => CARD_PLURAL_FORMS.map((form) => [`${base}_${form}`, pluralTemplate(lang, base, form)]));
  return Object.fromEntries([...plain, ...plurals]) as CardLabels;
}
