import { blockOf, isInline, isInsideSkipped, isSkipped } from './dom-rules';
import { mayContainCitation } from '../core/detect/detector';
import { ensureGrammars } from './grammars';
import { findInSegment, type FindOptions } from './find';
import type { Registry } from './registry';
import { createYielder } from './scheduler';
import { SegmentWalker } from './segments';

export interface ScannerOptions {
  /** Longest stretch of main-thread work before yielding to the page (ms). */
  sliceMs?: number;
  /** How long mutations are gathered before the changed text is re-read (ms). */
  mutationDelayMs?: number;
  find?: FindOptions;
  /** Called whenever the scanner has caught up with the page. */
  onIdle?: () => void;
  /** The clock slices are measured by (tests pass a fake one). */
  now?: () => number;
  /** Runs the next slice after the page's own tasks; returns a cancel function (tests pass one they step by hand). */
  yielder?: (fn: () => void) => () => void;
  /** True for the extension's own node (the card's host): its comings and goings are not the page's text. */
  isOurs?: (node: Node) => boolean;
}

/** Runs read between two clock checks: detection costs far more than walking, so batches stay small. */
const SEGMENTS_PER_BATCH = 8;

interface Job {
  root: Node;
  walker: SegmentWalker | null;
  /** Only look for shadow roots: the subtree's own text holds no citation. */
  shadowOnly?: boolean;
}

/**
 * Finds citations in a document and keeps them current. The first scan and every re-read run in
 * slices of at most `sliceMs`, so no task of ours blocks the page; a MutationObserver gathers changed
 * text (infinite scroll, single-page navigation, re-rendering frameworks) and only the runs it
 * touched are read again. Open shadow roots are scanned and observed like the document; a root
 * whose host has left the document is forgotten, so single-page apps of web components that
 * replace their content all day do not pile up detached trees.
 */
export class Scanner {
  private readonly roots = new Set<ShadowRoot>();
  private readonly queue: Job[] = [];
  private readonly observed = new WeakSet<Node>();
  private readonly observer: MutationObserver;
  private readonly yieldToPage: (fn: () => void) => () => void;
  private readonly now: () => number;
  private cancelSlice: (() => void) | null = null;
  private pending: MutationRecord[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private idleWaiters: Array<() => void> = [];
  private stopped = false;
  private readonly sliceMs: number;
  private readonly mutationDelayMs: number;

  constructor(
    private readonly registry: Registry,
    private readonly doc: Document,
    private readonly options: ScannerOptions = {},
  ) {
    this.sliceMs = options.sliceMs ?? 12;
    this.mutationDelayMs = options.mutationDelayMs ?? 100;
    this.now = options.now ?? (() => performance.now());
    this.yieldToPage = options.yielder ?? createYielder();
    const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => this.onMutations(records));
  }

  /**
   * Starts the first scan and the observation of the document. `bodyText` is the body's
   * textContent when the caller has already read it (reading 2 MB of text twice is not free), and
   * `passed` says that it already passed the prefilter (the content script's watcher tested it).
   */
  start(bodyText?: string, passed = false): void {
    const root = this.doc.body ?? this.doc.documentElement;
    if (!root) return;
    this.observe(this.doc);
    // One prefilter pass over the whole text decides whether the page needs reading at all; a page
    // without any citation is then only walked for shadow roots (their text is not in textContent).
    const text = bodyText ?? root.textContent ?? '';
    const hasCandidates = passed || mayContainCitation(text);
    this.enqueue(root, !hasCandidates);
    // A page in Russian, Chinese or Arabic is read again once their tables are loaded (lib/page/grammars.ts).
    void ensureGrammars(text, this.options.find?.lang).then((added) => added && [root, ...this.roots].forEach((r) => this.rescan(r)));
  }

  /** Stops scanning and observing; what was found stays in the registry (the caller clears it). */
  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.cancelSlice?.();
    this.cancelSlice = null;
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    this.queue.length = 0;
    this.pending = [];
    this.resolveIdle();
  }

  /** Resolves when every queued scan and gathered mutation has been handled. */
  whenIdle(): Promise<void> {
    if (this.queue.length === 0 && this.pending.length === 0 && this.flushTimer === null) return Promise.resolve();
    return new Promise((ok) => this.idleWaiters.push(ok));
  }

  /**
   * The open shadow roots met so far whose host is still in the document (hit-testing passes them
   * to caretPositionFromPoint). Roots of removed hosts are dropped here and after every removal.
   */
  get shadowRoots(): ShadowRoot[] {
    this.pruneRoots();
    return [...this.roots];
  }

  /** Re-reads a subtree now (e.g. after the grammars of more languages were loaded). */
  rescan(root: Node): void {
    this.enqueue(root);
  }

  private observe(target: Document | ShadowRoot): void {
    if (this.observed.has(target)) return;
    this.observed.add(target);
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  private onShadowRoot = (shadow: ShadowRoot): void => {
    // A host put back after it was removed is met again: keep its root again, observed once.
    if (this.roots.has(shadow)) return;
    this.roots.add(shadow);
    this.observe(shadow);
    this.enqueue(shadow);
  };

  private pruneRoots(): void {
    for (const root of this.roots) if (!root.host.isConnected) this.roots.delete(root);
  }

  private enqueue(root: Node, shadowOnly = false): void {
    if (this.stopped) return;
    // A queued subtree that has not started covers its descendants; a new ancestor replaces them.
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const job = this.queue[i]!;
      if (job.walker) continue;
      if (job.root === root || job.root.contains(root)) return;
      if (root.contains(job.root)) this.queue.splice(i, 1);
    }
    this.queue.push({ root, walker: null, shadowOnly });
    this.schedule();
  }

  private schedule(): void {
    if (this.cancelSlice || this.stopped) return;
    this.cancelSlice = this.yieldToPage(() => {
      this.cancelSlice = null;
      this.runSlice();
    });
  }

  private runSlice(): void {
    const deadline = this.now() + this.sliceMs;
    while (this.queue.length > 0 && this.now() < deadline) {
      const job = this.queue[0]!;
      if (!job.walker) {
        this.registry.dropWithin(job.root);
        job.walker = new SegmentWalker(job.root, this.onShadowRoot, job.shadowOnly);
      }
      for (const segment of job.walker.next(deadline, this.now, SEGMENTS_PER_BATCH)) {
        this.registry.add(segment.block, findInSegment(segment, this.options.find));
      }
      if (job.walker.done) this.queue.shift();
    }
    if (this.queue.length > 0) this.schedule();
    else this.resolveIdle();
  }

  private onMutations(records: MutationRecord[]): void {
    this.pending.push(...records);
    if (this.flushTimer === null) {
      this.flushTimer = setTimeout(() => {
        this.flushTimer = null;
        this.flushMutations();
      }, this.mutationDelayMs);
    }
  }

  private flushMutations(): void {
    const records = this.pending;
    this.pending = [];
    const dirty = new Set<Node>();
    let removed = false;
    for (const record of records) {
      const target = record.target;
      if (this.options.isOurs?.(target)) continue;
      if (record.type === 'characterData') {
        dirty.add(blockOf(target));
        continue;
      }
      if (record.removedNodes.length > 0) {
        removed = true;
        dirty.add(target.nodeType === 1 && !isInline(target as Element) ? target : blockOf(target));
      }
      for (const node of record.addedNodes) {
        if (this.options.isOurs?.(node)) continue;
        if (node.nodeType === 1 && !isInline(node as Element)) dirty.add(node);
        else if (node.nodeType === 1 || node.nodeType === 3) dirty.add(blockOf(node));
      }
    }
    if (removed) {
      this.registry.dropWithin(null);
      this.pruneRoots();
    }
    for (const node of dirty) {
      if (!node.isConnected) continue;
      if (node.nodeType === 1 && isSkipped(node as Element)) continue;
      if (isInsideSkipped(node)) continue;
      this.enqueue(node);
    }
    if (this.queue.length === 0) this.resolveIdle();
  }

  private resolveIdle(): void {
    if (this.queue.length > 0 || this.pending.length > 0 || this.flushTimer !== null) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    this.options.onIdle?.();
    for (const ok of waiters) ok();
  }
}
