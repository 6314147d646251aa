import { t, type Lang } from '../../core/i18n';
import type { NotePlace } from '../../core/index/compiled';

/**
 * Where a note cites a reference, in the reader's language, with the note's printed numbers:
 * "Paragraph 4 (section II)", "Annex, draft decision, paragraph 6", "Footnote 1". A reader who
 * cites the note pinpoints it this way, so these are the numbers printed in the note, never
 * positions within a section.
 */
export function citedPlaceLabel(place: NotePlace, lang: Lang): string {
  switch (place.kind) {
    case 'title':
      return t(lang, 'citedTitle');
    case 'footnote':
      return t(lang, 'citedFootnote', place.number);
    case 'body':
      return place.section ? t(lang, 'citedBody', place.number, place.section) : t(lang, 'citedBodyPlain', place.number);
    case 'annex': {
      const annex = place.annex ? `${t(lang, 'citedAnnex')} ${place.annex}` : t(lang, 'citedAnnex');
      if (place.part === 'heading') return t(lang, 'citedDecisionHeading', annex);
      if (place.part === 'chapeau') return t(lang, 'citedDecisionChapeau', annex);
      if (place.part === 'preamble') return t(lang, 'citedDecisionPreamble', annex, place.number ?? '');
      if (place.part === 'operative') return t(lang, 'citedDecisionParagraph', annex, place.number ?? '');
      return place.number === undefined ? annex : t(lang, 'citedAnnexParagraph', annex, place.number);
    }
  }
}
