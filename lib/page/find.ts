import { langOfTag } from '../core/lang';
import { detect, detectLanguage, mayContainCitation } from '../core/detect/detector';
import type { DetectLang } from '../core/detect/types';
import type { Found } from './registry';
import { segmentRange, type Segment } from './segments';

/** Options the page passes to the detector for every run of text. */
export interface FindOptions {
  lang?: DetectLang;
  /**
   * Text read before each run for the detector's context rules only ("the Convention" is Minamata's
   * where the text is about Minamata). A run is read alone, so a paragraph that cites "article 24 of
   * the Convention" in a note about Minamata would otherwise lack its subject; see pageContext().
   */
  contextPrefix?: string;
}

/**
 * The page's language for the detector: the document's declared language when it is one the
 * detector knows, else a guess from its opening text. Passed as a hint to every run so that short
 * runs are not each guessed again (the detector still tries every language's grammar; the hint
 * only breaks ties).
 */
export function pageLanguage(doc: Document, bodyText: string): DetectLang {
  // The page's own lang attribute first (any of the Convention's six), else the script and words of its text.
  return langOfTag(doc.documentElement?.lang) ?? detectLanguage(bodyText.slice(0, 20_000));
}

/** Words that make a page's subject the Minamata Convention for the context rules. */
const MINAMATA_SUBJECT = /\bminamata\b|UNEP\/MC\/COP/i;

/**
 * The context prefix for a page: the name of the Convention when the page's title or opening text
 * names it, so that runs which only say "the Convention" or "Article 16(2)(a)" are read as the
 * page reads them; nothing otherwise. Local mentions still win (the detector looks at the last
 * instrument named before a citation), so "article 4 of the Basel Convention" stays Basel's.
 */
export function pageContext(doc: Document, bodyText: string): string {
  const opening = `${doc.title}\n${bodyText.slice(0, 20_000)}`;
  return MINAMATA_SUBJECT.test(opening) ? 'Minamata.\n\n' : '';
}

/**
 * Finds the citations of one run of text and turns their offsets into ranges of the page. The cheap
 * prefilter runs first, so runs without any citation cost one scan of their text.
 */
export function findInSegment(segment: Segment, options: FindOptions = {}): Found[] {
  if (!mayContainCitation(segment.text)) return [];
  const out: Found[] = [];
  const prefix = options.contextPrefix ?? '';
  for (const found of detect(prefix + segment.text, options.lang ? { lang: options.lang } : {})) {
    if (found.start < prefix.length) continue;
    const citation = prefix ? { ...found, start: found.start - prefix.length, end: found.end - prefix.length } : found;
    const where = segmentRange(segment, citation.start, citation.end);
    if (!where) continue;
    const { startNode, startOffset, endNode, endOffset } = where;
    const nodes: Text[] = [];
    const a = segment.nodes.indexOf(startNode);
    const b = segment.nodes.indexOf(endNode, a);
    for (let i = a; i <= b; i++) nodes.push(segment.nodes[i]!);
    out.push({
      citation,
      range: new StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset }),
      block: segment.block,
      nodes,
      source: segment.text,
    });
  }
  return out;
}
