import type { Viewer } from './viewer';

/** The reader's toolbar elements (entrypoints/reader/index.html). */
export interface Controls {
  page: HTMLInputElement;
  pageCount: HTMLElement;
  scale: HTMLSelectElement;
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  findForm: HTMLFormElement;
  find: HTMLInputElement;
  findPrev: HTMLButtonElement;
  findNext: HTMLButtonElement;
  findCount: HTMLElement;
}

export function controlsIn(doc: Document): Controls {
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  return {
    page: $('page'),
    pageCount: $('pageCount'),
    scale: $('scale'),
    zoomIn: $('zoomIn'),
    zoomOut: $('zoomOut'),
    findForm: $('findForm'),
    find: $('find'),
    findPrev: $('findPrev'),
    findNext: $('findNext'),
    findCount: $('findCount'),
  };
}

const STEPS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4];

/**
 * Wires page number, zoom and find to PDF.js's viewer and its event bus. `text` gives the
 * interface's words (page count, match count); the listeners stay until `signal` aborts.
 */
export function wireControls(
  c: Controls,
  v: Viewer,
  text: { ofPages: (n: number) => string; matches: (current: number, total: number) => string; notFound: string },
  signal: AbortSignal,
): { enable(pages: number): void } {
  const { pdfViewer, eventBus } = v;
  /** Every listener here goes when the page's signal aborts. */
  const on = { signal };
  c.page.addEventListener('change', () => {
    const n = Number(c.page.value);
    if (Number.isInteger(n) && n >= 1 && n <= pdfViewer.pagesCount) pdfViewer.currentPageNumber = n;
    else c.page.value = String(pdfViewer.currentPageNumber);
  }, on);
  eventBus.on('pagechanging', ({ pageNumber }: { pageNumber: number }) => {
    c.page.value = String(pageNumber);
  }, on);
  c.scale.addEventListener('change', () => {
    if (c.scale.value !== 'custom') pdfViewer.currentScaleValue = c.scale.value;
  }, on);
  const zoom = (dir: 1 | -1) => {
    const now = pdfViewer.currentScale;
    const next = dir === 1 ? STEPS.find((s) => s > now + 0.01) : [...STEPS].reverse().find((s) => s < now - 0.01);
    if (next) pdfViewer.currentScaleValue = String(next);
  };
  c.zoomIn.addEventListener('click', () => zoom(1), on);
  c.zoomOut.addEventListener('click', () => zoom(-1), on);
  eventBus.on('scalechanging', ({ presetValue, scale }: { presetValue?: string; scale: number }) => {
    const value = presetValue ?? String(scale);
    const option = [...c.scale.options].find((o) => o.value === value);
    if (option) c.scale.value = value;
    else {
      const custom = c.scale.querySelector<HTMLOptionElement>('option[value="custom"]')!;
      custom.textContent = `${Math.round(scale * 100)} %`;
      c.scale.value = 'custom';
    }
  }, on);

  const find = (findPrevious: boolean, type: '' | 'again') =>
    eventBus.dispatch('find', { source: c.find, type, query: c.find.value, caseSensitive: false, entireWord: false, highlightAll: true, findPrevious, matchDiacritics: false });
  c.find.addEventListener('input', () => find(false, ''), on);
  c.findForm.addEventListener('submit', (e) => {
    e.preventDefault();
    find(false, 'again');
  }, on);
  c.findPrev.addEventListener('click', () => find(true, 'again'), on);
  eventBus.on('updatefindmatchescount', ({ matchesCount }: { matchesCount: { current: number; total: number } }) => {
    c.findCount.textContent = matchesCount.total > 0 ? text.matches(matchesCount.current, matchesCount.total) : c.find.value ? text.notFound : '';
  }, on);
  eventBus.on('updatefindcontrolstate', ({ state, matchesCount }: { state: number; matchesCount?: { current: number; total: number } }) => {
    // FindState.NOT_FOUND is 1.
    if (state === 1 && c.find.value) c.findCount.textContent = text.notFound;
    else if (matchesCount && matchesCount.total > 0) c.findCount.textContent = text.matches(matchesCount.current, matchesCount.total);
  }, on);

  return {
    enable(pages: number) {
      for (const el of [c.page, c.scale, c.zoomIn, c.zoomOut, c.find, c.findPrev, c.findNext]) el.disabled = false;
      c.page.max = String(pages);
      c.pageCount.textContent = text.ofPages(pages);
    },
  };
}

/**
 * The reader's own chrome that a card must not cover: the toolbar fixed at the top and, while it
 * says something, the status line fixed at the bottom.
 */
export function chromeInsets(doc: Document): { top: number; bottom: number } {
  const bar = doc.querySelector('.bar')?.getBoundingClientRect();
  const note = doc.getElementById('note');
  const noteBox = note && note.textContent !== '' ? note.getBoundingClientRect() : null;
  const height = doc.defaultView?.innerHeight ?? 0;
  return { top: bar ? Math.max(0, bar.bottom) : 0, bottom: noteBox && noteBox.height > 0 ? Math.max(0, height - noteBox.top) : 0 };
}
