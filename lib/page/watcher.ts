import { mayContainCitation } from '../core/detect/anchors';

export interface WatchOptions {
  /** How long mutations are gathered before their text is tested (default 100 ms, as the scanner's). */
  delayMs?: number;
  /** Skip the test of the text already there (after a failed engine load: wait for new text). */
  skipInitial?: boolean;
  /** The test (default the detector's literal prefilter, which never says false where detect() finds a citation). */
  prefilter?: (text: string) => boolean;
}

/**
 * Calls `found` once, as soon as this frame holds text that may contain a citation: the text already
 * there (the body's, then the open shadow roots'), or text a single-page app or an infinite scroll
 * adds or changes later. Mutations are gathered for `delayMs` and only the prefilter runs on their
 * text, so a page without citations costs one regex pass plus one test per batch of changes. Stops
 * after `found` or when `signal` aborts. `found` is given the body's text when that is what passed,
 * so that the session does not read it again.
 */
export function watchForCitations(doc: Document, found: (bodyText?: string) => void, signal: AbortSignal, options: WatchOptions = {}): void {
  if (signal.aborted) return;
  const test = options.prefilter ?? mayContainCitation;
  const delayMs = options.delayMs ?? 100;
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new Observer(onMutations);
  const observed = new WeakSet<Node>();
  let pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let done = false;

  const stop = () => {
    done = true;
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending.clear();
  };
  signal.addEventListener('abort', stop, { once: true });

  const fire = (bodyText?: string) => {
    if (done) return;
    stop();
    signal.removeEventListener('abort', stop);
    found(bodyText);
  };

  const observe = (target: Document | ShadowRoot) => {
    if (observed.has(target)) return;
    observed.add(target);
    observer.observe(target, { childList: true, subtree: true, characterData: true });
  };

  /** True when the text of an open shadow root under `root` passes (their text is not in textContent); observes each root met. */
  const shadowsPass = (root: Node): boolean => {
    const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let el = walker.currentNode as Element | null; el; el = walker.nextNode() as Element | null) {
      const shadow = el.shadowRoot;
      if (!shadow || observed.has(shadow)) continue;
      observe(shadow);
      if (test(shadow.textContent ?? '') || shadowsPass(shadow)) return true;
    }
    return false;
  };

  function onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') pending.add(record.target);
      else for (const node of record.addedNodes) pending.add(node);
    }
    if (pending.size > 0 && timer === null && !done) timer = setTimeout(flush, delayMs);
  }

  function flush(): void {
    timer = null;
    const nodes = pending;
    pending = new Set();
    for (const node of nodes) {
      if (done) return;
      if (!node.isConnected) continue;
      // A text node is read with its parent's text: a word may be split across inline elements.
      const text = node.nodeType === 1 ? node.textContent : (node.parentNode ?? node).textContent;
      if (test(text ?? '') || (node.nodeType === 1 && shadowsPass(node))) return fire();
    }
  }

  observe(doc);
  if (options.skipInitial) return;
  const root = doc.body ?? doc.documentElement;
  if (!root) return;
  const text = root.textContent ?? '';
  // The text goes along only when it passed itself: the session then reads the page as a candidate.
  if (test(text)) fire(text);
  else if (shadowsPass(root)) fire();
}
