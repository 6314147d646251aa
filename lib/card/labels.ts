import type { CardLabels, CardPluralBase } from '../core/card-labels';

/** A count-dependent label in the card's language, e.g. "1 référence ici" / "3 références ici". */
export function plural(labels: CardLabels, base: CardPluralBase, lang: string, count: number): string {
  const form = new Intl.PluralRules(lang).select(count);
  return fill(labels[`${base}_${form}`] ?? labels[`${base}_other`], count);
}

/** Fills `$1`, `$2`… in a label. */
export function fill(template: string, ...subs: Array<string | number>): string {
  return template.replace(/\$(\d)/g, (m, d: string) => String(subs[Number(d) - 1] ?? m));
}
