import { parseCanonicalId } from '../ids';

/** The Convention's name as reference managers should show it for article and annex citations. */
export const CONVENTION_TITLE = 'Minamata Convention on Mercury';

/**
 * The pinpoint inside the Convention for an article or annex id ("Article 23(5)(b)", "Annex A"),
 * or null for ids that are documents of their own. Reference managers keep it as the section of
 * the treaty rather than as a separate work.
 */
export function conventionSection(id: string): string | null {
  const parsed = parseCanonicalId(id);
  if (parsed?.kind === 'annex') return `Annex ${parsed.annex}`;
  if (parsed?.kind !== 'article') return null;
  const para = parsed.paragraph === undefined ? '' : `(${parsed.paragraph})`;
  const sub = parsed.subparagraph === undefined ? '' : `(${parsed.subparagraph})`;
  return `Article ${parsed.article}${para}${sub}`;
}

/** A UTC calendar date as [year, month, day], the shape both RIS and CSL dates are built from. */
export function dateParts(ms: number): [number, number, number] {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}
