import { CARD_LABEL_KEYS, type CardLabels } from '../../components/card/labels';
import { t, type Lang } from '../i18n';

/** The card's interface words in `lang`, from the i18n catalogues. */
export function cardLabels(lang: Lang): CardLabels {
  return Object.fromEntries(CARD_LABEL_KEYS.map((key) => [key, t(lang, key)])) as CardLabels;
}
