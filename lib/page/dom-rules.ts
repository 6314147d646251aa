/**
 * Which parts of a page the scanner reads. Pure predicates on elements so that the walker, the
 * mutation handling and the tests agree on one definition.
 */

/** Elements whose text is never a citation to paint: code, form fields, media, and document metadata. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'HEAD', 'TITLE',
]);

/** Class names of the code editors people use in web apps (CodeMirror 5/6, Monaco, Ace). */
const EDITOR_CLASSES = ['CodeMirror', 'cm-editor', 'monaco-editor', 'ace_editor'];

/**
 * Inline (phrasing) elements: text on both sides of them belongs to the same run, so a citation
 * split across them ("article <em>23</em>", "COP.6/<wbr>INF/28") is still read whole. Every other
 * element starts a new run. Tag names, not computed styles: reading styles would force layout.
 */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD',
  'LABEL', 'MARK', 'NOBR', 'Q', 'RUBY', 'RB', 'RT', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG',
  'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR', 'BIG', 'ACRONYM', 'OUTPUT', 'METER', 'PROGRESS', 'BR',
]);

/** True when the scanner must not read this element or anything inside it. */
export function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (el.getAttribute('role') === 'textbox') return true;
  const cls = el.getAttribute('class');
  if (cls && EDITOR_CLASSES.some((c) => cls.includes(c))) return true;
  return false;
}

/** True for elements that do not break a run of text (see INLINE_TAGS); custom elements count as inline. */
export function isInline(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return INLINE_TAGS.has(tag) || tag.includes('-');
}

/** The nearest ancestor that starts a run of text: the run key of a text node. */
export function blockOf(node: Node): Node {
  let el = node.parentElement;
  while (el && isInline(el)) el = el.parentElement;
  return el ?? node.getRootNode();
}

/**
 * True when `node` lies inside a region the scanner skips (checked for text that changes after the
 * first scan: an edit inside a contenteditable must never be painted).
 */
export function isInsideSkipped(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  const root = node.getRootNode();
  if (root instanceof ShadowRoot) return isInsideSkipped(root.host);
  return false;
}
