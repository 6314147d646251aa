import type { DetectLang } from '../types';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Grammar } from './types';

export type { Grammar } from './types';

/** Every language the detector knows. Adding a language is adding its table here. */
export const GRAMMARS: readonly Grammar[] = [en, fr, es];

/** The grammar of one language, for the recognisers that try the page's language first. */
export function grammarOf(lang: DetectLang): Grammar {
  return GRAMMARS.find((g) => g.lang === lang) ?? en;
}

/** The grammars in trial order: the hinted language first, the others after it. */
export function grammarsFor(lang: DetectLang): readonly Grammar[] {
  const first = grammarOf(lang);
  return [first, ...GRAMMARS.filter((g) => g !== first)];
}
