import type { CitationKind } from '../../lib/core/detect/types';
import { t, type Lang, type MessageKey } from '../../lib/core/i18n';
import { parseCanonicalId } from '../../lib/core/ids';

const KIND: Record<CitationKind, MessageKey> = {
  document: 'cardKindDocument',
  article: 'cardKindArticle',
  resolution: 'cardKindResolution',
  decision: 'cardKindDecision',
};

/** The meeting an id belongs to, read from the id itself ("COP-6", "UNEA-6", "INC-5"). */
export function meetingOfId(id: string): string | null {
  const parsed = parseCanonicalId(id);
  if (!parsed) return null;
  if (parsed.kind === 'resolution') return `UNEA-${parsed.meeting}`;
  if (parsed.kind === 'decision') return `COP-${parsed.meeting}`;
  if (parsed.kind === 'document') {
    const body = parsed.body === 'UNEP/EA' ? 'UNEA' : parsed.body === 'UNEP(DTIE)/Hg/INC' ? 'INC' : 'COP';
    return `${body}-${parsed.meeting}`;
  }
  return null;
}

/**
 * What a row says under a reference that has no title: its kind and its meeting ("Document ·
 * COP-6"), rather than the id a second time.
 */
export function rowContext(id: string, kind: CitationKind, lang: Lang): string {
  return [t(lang, KIND[kind]), meetingOfId(id)].filter(Boolean).join(' · ');
}
