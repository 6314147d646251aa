import type { CitationKind } from '../core/detect/types';

/**
 * What a hover card shows, already in the reader's language. Built from the index's card data by
 * lib/page/card-model.ts so the component stays a plain function of its props.
 */
export interface CardModel {
  id: string;
  kind: CitationKind;
  inIndex: boolean;
  /** The canonical id printed for people, e.g. "Article 23(5)(b)". */
  label: string;
  title?: string;
  /** Shown under the title: why there is none, or that it is a working translation. */
  titleNote?: string;
  summary?: string;
  meeting?: string;
  /** For Convention provisions: "Article 23 … of the Minamata Convention on Mercury". */
  instrument?: string;
  /**
   * Language of the title, summary and instrument when it is not the card's: verified wording or
   * our summary shown from another language (a Russian card may show an English title).
   */
  textLang?: { title?: string; summary?: string; instrument?: string };
  /** `lang`: the note's language, which the excerpt is printed in. */
  citedIn: Array<{ where: string; excerpt: string; lang?: string }>;
  links: Array<{ label: string; url: string; hreflang?: string }>;
  /** Names of the bodies the entry relates to (WHO, ILO…). */
  related: string[];
  /** The line copied by "Copy reference". */
  reference: string;
}

/** The state of the Save button. */
export type SaveState = 'unknown' | 'saved' | 'unsaved' | 'busy';
