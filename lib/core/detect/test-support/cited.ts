import { detect } from '../index';
import type { DetectLang } from '../types';

/** The citations of a text as [id, printed text] pairs, the form the table tests compare. */
export function cited(text: string, lang?: DetectLang): [string, string][] {
  return detect(text, lang ? { lang } : undefined).map((c) => [c.id, text.slice(c.start, c.end)]);
}

/** Context sentences that make a text about the Minamata Convention, per language. */
export const ABOUT: Record<DetectLang, string> = {
  en: 'The Minamata Convention on Mercury entered into force in 2017. ',
  fr: 'La Convention de Minamata sur le mercure est entrée en vigueur en 2017. ',
  es: 'El Convenio de Minamata sobre el Mercurio entró en vigor en 2017. ',
  ru: 'Минаматская конвенция о ртути вступила в силу в 2017 году. ',
  zh: '《关于汞的水俣公约》于2017年生效。',
  ar: 'دخلت اتفاقية ميناماتا بشأن الزئبق حيز النفاذ في عام 2017. ',
};
