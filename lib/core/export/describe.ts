import type { SavedItem } from '../messages';
import { bundledIndex, lookup, type CardLang } from '../index/lookup';

/** What the index knows about a saved item that a reference manager should keep. */
export interface ExportFacts {
  /**
   * The work's title and its language: a verified title (possibly in another language than the
   * reader's), or for articles and annexes the Convention's own title. Null when none is verified:
   * the symbol then stands alone, once.
   */
  title: { text: string; lang: CardLang } | null;
  /**
   * When the work was issued or adopted, as CSL date parts: the Convention's adoption day for
   * articles and annexes, the year of its meeting for documents, resolutions and decisions (when
   * every segment of that meeting falls in one year). Never the day it was saved.
   */
  issued: [number] | [number, number, number] | null;
}

export type Describe = (item: SavedItem) => ExportFacts;

const dayParts = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m!, d!];
};

/** Facts from the bundled index, with titles picked for a reader of `lang`. */
export function describeFromIndex(lang: CardLang): Describe {
  return (item) => {
    const card = lookup(item.id, lang);
    if (!card.recognised) return { title: null, issued: null };
    if (card.kind === 'article' || card.kind === 'annex') {
      const instrument = card.instrument;
      return { title: instrument ? { text: instrument.text, lang: instrument.lang } : null, issued: dayParts(bundledIndex().convention.adopted) };
    }
    const years = new Set(card.meeting?.segments.flatMap((s) => [s.start.slice(0, 4), s.end.slice(0, 4)]) ?? []);
    const issued: [number] | null = years.size === 1 ? [Number([...years][0])] : null;
    return { title: card.title ? { text: card.title.text, lang: card.title.lang } : null, issued };
  };
}
