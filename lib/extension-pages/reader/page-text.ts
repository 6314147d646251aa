import { detect } from '../../core/detect';
import { mayContainCitation } from '../../core/detect';
import type { Citation, DetectLang } from '../../core/detect/types';
import type { Found } from '../../page/registry';
import { flatten, locate, type FlatText, type TextToken } from './flat-text';

/** What `getTextContent()` gives per item (the fields we read). */
export interface TextItemLike {
  type?: string;
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
}

/** Options for detecting a page: the document's language and the context prefix (see lib/page/find.ts). */
export interface PageDetectOptions {
  lang?: DetectLang;
  contextPrefix?: string;
}

/** The tokens of a page from getTextContent(): items without `str` are marked-content markers, as in the text layer. */
export function tokensFromItems(items: ReadonlyArray<TextItemLike>): Array<TextToken<number>> {
  const out: Array<TextToken<number>> = [];
  items.forEach((item, i) => {
    if (item.str === undefined) return;
    const t = item.transform ?? [];
    out.push({ parts: [{ node: i, text: item.str }], eol: item.hasEOL === true, height: Math.hypot(t[2] ?? 0, t[3] ?? 0) });
  });
  return out;
}

/**
 * The tokens of a rendered text layer: one per item <span> (its text nodes in order, which
 * PDFFindController may have split with its own highlight spans), a line end per <br>. PDF.js
 * writes a span per non-empty item and a <br> after every item that ends a line, so these tokens
 * read exactly as `tokensFromItems` of the same page.
 */
export function tokensFromLayer(layer: Element): Array<TextToken<Text>> {
  const out: Array<TextToken<Text>> = [];
  const doc = layer.ownerDocument;
  const walker = doc.createTreeWalker(layer, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let item: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const text = node as Text;
      const owner = text.parentElement?.closest('span[role="presentation"]') ?? null;
      if (!owner || !layer.contains(owner)) continue;
      if (owner !== item || out.length === 0) {
        item = owner;
        const height = parseFloat((owner as HTMLElement).style.getPropertyValue('--font-height')) || 0;
        out.push({ parts: [], eol: false, height });
      }
      out[out.length - 1]!.parts.push({ node: text, text: text.data });
    } else if ((node as Element).tagName === 'BR') {
      const last = out[out.length - 1];
      if (last && !last.eol) last.eol = true;
      else out.push({ parts: [], eol: true, height: 0 });
      item = null;
    }
  }
  return out;
}

/** The citations of a page's flat text, offsets into it. */
export function detectPage(text: string, options: PageDetectOptions = {}): Citation[] {
  if (!mayContainCitation(text)) return [];
  const prefix = options.contextPrefix ?? '';
  const out: Citation[] = [];
  for (const found of detect(prefix + text, options.lang ? { lang: options.lang } : {})) {
    if (found.start < prefix.length) continue;
    out.push(prefix ? { ...found, start: found.start - prefix.length, end: found.end - prefix.length } : found);
  }
  return out;
}

/**
 * Anchors citations found in `flat` (the text of `layer`) on the layer's text nodes. The result
 * has one entry per citation, in the same order; null where a citation has no text node (it cannot
 * happen with text read from the layer itself, but a caller must not assume it).
 */
export function anchorOnLayer(layer: Element, flat: FlatText<Text>, citations: readonly Citation[]): Array<Found | null> {
  const position = new Map<Text, number>();
  flat.pieces.forEach((p, i) => {
    if (!position.has(p.node)) position.set(p.node, i);
  });
  return citations.map((citation) => {
    const where = locate(flat, citation.start, citation.end);
    if (!where) return null;
    const nodes: Text[] = [];
    const from = position.get(where.startNode) ?? 0;
    for (let i = from; i < flat.pieces.length; i++) {
      const node = flat.pieces[i]!.node;
      if (nodes[nodes.length - 1] !== node) nodes.push(node);
      if (node === where.endNode) break;
    }
    return {
      citation,
      range: new StaticRange({ startContainer: where.startNode, startOffset: where.startOffset, endContainer: where.endNode, endOffset: where.endOffset }),
      block: layer,
      nodes,
      source: flat.text,
    };
  });
}

export { flatten };
