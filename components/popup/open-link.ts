import { parseCanonicalId } from '../../lib/core/ids';
import { idLinks } from '../../lib/core/index/links';
import type { Lang } from '../../lib/core/i18n';

/**
 * Where "open the document" leads for a saved id: the first link the card would offer that can be
 * built from the id alone (symbol services for documents and resolutions, the Convention for
 * articles and annexes), in the reader's language. Decisions have no documented address, so null.
 */
export function openLinkFor(id: string, lang: Lang): string | null {
  const parsed = parseCanonicalId(id);
  return parsed ? (idLinks(parsed, lang)[0]?.url ?? null) : null;
}
