import { detect, mayContainCitation } from '../detect';
import type { DetectLang } from '../detect/types';
import type { Found } from './registry';
import { segmentRange, type Segment } from './segments';

/** Options the page passes to the detector for every run of text. */
export interface FindOptions {
  lang?: DetectLang;
}

/**
 * Finds the citations of one run of text and turns their offsets into ranges of the page. The cheap
 * prefilter runs first, so runs without any citation cost one scan of their text.
 */
export function findInSegment(segment: Segment, options: FindOptions = {}): Found[] {
  if (!mayContainCitation(segment.text)) return [];
  const out: Found[] = [];
  for (const citation of detect(segment.text, options.lang ? { lang: options.lang } : {})) {
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
