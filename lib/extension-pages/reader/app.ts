import { browser } from 'wxt/browser';
import { createCardUi } from '../../card/ui';
import { detect } from '../../core/detect';
import { langFromTag, t, type Lang, type MessageKey } from '../../core/i18n';
import { extensionPort } from '../../card/port';
import type { SessionSettings } from '../../page/session';
import { getSettings, resolveCardLang, watchSettings, type Settings } from '../../runtime/settings';
import { chromeInsets, controlsIn, wireControls } from './controls';
import { DocIndex } from './doc-index';
import type { OpenFailure } from './errors';
import { openPdf, readLocalFile } from './loader';
import { letThrough } from './native';
import { listenForPageMessages } from './page-messages';
import { ReaderSession } from './session';
import { parseReaderLocation } from '../../core/reader-url';
import { createViewer, type PdfSource, type PDFDocumentProxy } from './viewer';

/** Counters `npm run bench:pdf` and the end-to-end tests read from the page. */
export interface ReaderProbe {
  openedAt: number;
  /** When PDF.js finished the first text layer (what we paint on). */
  firstTextLayerAt: number;
  firstPaintedAt: number;
  paintTimes: number[];
  pages: number;
  /** Time our code spent reading each page's text for the whole-document index, ms. */
  indexTimes: number[];
  /** Page numbers in the order their text layers were painted. */
  painted: number[];
}

/**
 * The reader page: PDF.js's viewer in an extension page, with the extension's highlights and cards
 * on its text layer. It opens the PDF its address names (`?file=`), a file the reader picks, or a
 * file dropped on the page; the only request it makes is for that PDF.
 */
export async function startReader(doc: Document): Promise<void> {
  const lang: Lang = langFromTag(navigator.language);
  localise(doc, lang);
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  // A page of another site could frame the reader (it is web-accessible for the redirect rule) and trick clicks: refuse.
  if (window.top !== window) {
    showMessage({ key: 'readerErrFramed', subs: [] });
    return;
  }
  const viewer = await createViewer($<HTMLDivElement>('viewerContainer'), $<HTMLDivElement>('viewer'));
  // One abort when the page goes for good (not into the back-forward cache) removes what the page added.
  const life = new AbortController();
  const { signal } = life;
  const on = { signal };
  doc.defaultView?.addEventListener('pagehide', (e) => e.persisted || life.abort(), on);
  const controls = wireControls(
    controlsIn(doc),
    viewer,
    { ofPages: (n) => t(lang, 'readerOfPages', n), matches: (current, total) => t(lang, 'readerFindCount', current, total), notFound: t(lang, 'readerFindNone') },
    signal,
  );
  const uiLang = browser.i18n?.getUILanguage?.() ?? navigator.language;
  const sessionSettings = (s: Settings): SessionSettings => ({ kinds: s.kinds, highlightStyle: s.highlightStyle, hoverDelayMs: s.hoverDelayMs, lang: resolveCardLang(s, uiLang) });
  const session = new ReaderSession(doc, sessionSettings(await getSettings()), extensionPort(), {
    ui: () => Promise.resolve(createCardUi(() => chromeInsets(doc))),
    showPage: (page) => viewer.pdfViewer.scrollPageIntoView({ pageNumber: page }),
  });
  signal.addEventListener('abort', () => session.destroy(), { once: true });
  watchSettings((next) => session.update(sessionSettings(next)), signal);
  listenForPageMessages(session, signal);

  const probe: ReaderProbe = { openedAt: 0, firstTextLayerAt: 0, firstPaintedAt: 0, paintTimes: session.paintTimes, pages: 0, painted: [], indexTimes: [] };
  (window as unknown as { __mcxrefReader: ReaderProbe }).__mcxrefReader = probe;

  let initialPage = 1;
  viewer.eventBus.on('pagesinit', () => {
    viewer.pdfViewer.currentScaleValue = 'auto';
    if (initialPage > 1) viewer.linkService.goToPage(initialPage);
  }, on);
  viewer.eventBus.on('textlayerrendered', ({ pageNumber, error }: { pageNumber: number; error?: unknown }) => {
    if (error) return;
    probe.firstTextLayerAt ||= performance.now();
    const layer = doc.querySelector(`#viewer .page[data-page-number="${pageNumber}"] .textLayer`);
    if (!layer) return;
    void session.paint(pageNumber, layer).then(() => {
      if (!probe.firstPaintedAt) {
        probe.firstPaintedAt = performance.now();
        // Read the rest of the document for the popup's list and the walk, a page at a time, once the first page shows.
        void session.document?.index.all();
      }
      probe.painted.push(pageNumber);
    });
  }, on);
  // The find controller rewrites the spans of pages with matches; paint them again.
  viewer.eventBus.on('updatetextlayermatches', ({ pageIndex }: { pageIndex: number }) => {
    for (const layer of doc.querySelectorAll('#viewer .page .textLayer')) {
      const n = Number(layer.closest<HTMLElement>('.page')?.dataset.pageNumber);
      if (pageIndex === -1 || n === pageIndex + 1) void session.paint(n, layer);
    }
  }, on);

  // The detector's first call compiles its patterns; do it while PDF.js fetches and parses, not on the first page.
  setTimeout(() => {
    for (const lang of ['en', 'fr', 'es'] as const) detect('Minamata: UNEP/MC/COP.6/INF/28, paragraph 2 of article 16 de la Convention, artículo 7, resolution 6/3, MC-5/3, Annex A.', { lang });
  }, 0);

  let current: PDFDocumentProxy | null = null;
  /** Opens a document; with `quietNetwork`, a network failure is returned (true) instead of shown, for the permission prompt. */
  const open = async (source: PdfSource, page: number, quietNetwork = false): Promise<boolean> => {
    hideMessage();
    $('note').textContent = t(lang, 'readerLoading');
    probe.openedAt = performance.now();
    probe.firstPaintedAt = 0;
    probe.firstTextLayerAt = 0;
    probe.painted.length = 0;
    const result = await openPdf(source, askPassword);
    if (!result.ok) {
      $('note').textContent = '';
      if (quietNetwork && result.failure.key === 'readerErrNetwork') return true;
      showMessage(result.failure);
      return false;
    }
    const previous = current;
    current = result.doc;
    const { info } = (await result.doc.getMetadata().catch(() => ({ info: {} }))) as { info: { Title?: string } };
    const name = 'url' in source ? decodeURIComponent(new URL(source.url).pathname.split('/').pop() || source.url) : source.name;
    const title = (info.Title ?? '').trim() || name;
    doc.title = `${title} — mc-xref`;
    initialPage = Math.min(Math.max(1, page), result.doc.numPages);
    probe.pages = result.doc.numPages;
    const index = new DocIndex(result.doc, title);
    probe.indexTimes = index.times;
    session.open({ index, url: 'url' in source ? source.url : '', title });
    // Read the first page shown from getTextContent while PDF.js draws its canvas: the detector's
    // cold start is paid here, in the wait, rather than when the text layer is ready to paint.
    void index.page(initialPage);
    viewer.pdfViewer.setDocument(result.doc);
    viewer.linkService.setDocument(result.doc, null);
    controls.enable(result.doc.numPages);
    $('empty').hidden = true;
    const native = $<HTMLAnchorElement>('native');
    native.hidden = !('url' in source);
    if ('url' in source) {
      native.href = source.url;
      native.onclick = (e) => {
        e.preventDefault();
        void letThrough(source.url).finally(() => location.assign(source.url));
      };
    }
    $('note').textContent = 'url' in source ? t(lang, 'readerNetworkNote', new URL(source.url).origin) : t(lang, 'readerLocalNote');
    void previous?.loadingTask.destroy();
    return false;
  };

  const openFile = async (file: File) => {
    const read = await readLocalFile(file);
    if (!read.ok) showMessage(read.failure);
    else void (await open(read.source, 1));
  };
  $<HTMLInputElement>('file').addEventListener(
    'change',
    (e) => {
      const file = (e.target as HTMLInputElement).files?.[0];
      if (file) void openFile(file);
    },
    { signal },
  );
  wireDrop(doc, openFile, signal);

  const request = parseReaderLocation(location.search, location.hash);
  if (request.kind === 'bad-url') showMessage({ key: 'readerErrBadUrl', subs: [] });
  else if (request.kind === 'url') await openUrl(request.url, request.page);

  /**
   * Opens a web PDF. Without access to its site the fetch works only where the site allows
   * cross-origin reads; otherwise the reader asks for access to that one site, in the click on
   * "Allow and open" (a permission request must come from the click itself), and fetches nothing before.
   */
  async function openUrl(url: string, page: number): Promise<void> {
    const origin = new URL(url).origin;
    const origins = [`${origin}/*`];
    const allowed = await browser.permissions.contains({ origins }).catch(() => false);
    const failed = await open({ url }, page, !allowed);
    if (!failed) return;
    showMessage({ key: 'readerErrPermission', subs: [origin] });
    const allow = $<HTMLButtonElement>('allow');
    allow.hidden = false;
    allow.onclick = () => {
      void browser.permissions.request({ origins }).then((granted) => {
        if (granted) void open({ url }, page);
      });
    };
  }

  function showMessage(failure: OpenFailure): void {
    $('messageText').textContent = t(lang, failure.key, ...failure.subs);
    $('allow').hidden = true;
    $('message').hidden = false;
  }
  function hideMessage(): void {
    $('message').hidden = true;
  }
  function askPassword(wrong: boolean): Promise<string | null> {
    const form = $<HTMLFormElement>('password');
    const input = $<HTMLInputElement>('passwordInput');
    $('passwordText').textContent = t(lang, wrong ? 'readerPasswordWrong' : 'readerPasswordPrompt');
    form.hidden = false;
    input.value = '';
    input.focus();
    return new Promise((resolve) => {
      const done = (value: string | null) => {
        form.hidden = true;
        form.onsubmit = null;
        $('passwordCancel').onclick = null;
        resolve(value);
      };
      form.onsubmit = (e) => {
        e.preventDefault();
        done(input.value);
      };
      $('passwordCancel').onclick = () => done(null);
    });
  }
}

/** Drag and drop of a local PDF anywhere on the page. */
function wireDrop(doc: Document, openFile: (file: File) => Promise<void>, signal: AbortSignal): void {
  const overlay = doc.getElementById('drop')!;
  const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  doc.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    overlay.hidden = false;
  }, { signal });
  doc.addEventListener('dragleave', (e) => {
    if (e.relatedTarget === null) overlay.hidden = true;
  }, { signal });
  doc.addEventListener('drop', (e) => {
    overlay.hidden = true;
    const file = e.dataTransfer?.files?.[0];
    if (!file) return;
    e.preventDefault();
    void openFile(file);
  }, { signal });
}

/** Fills `data-i18n` texts and `data-i18n-*` attributes from the bundled catalogues. */
function localise(doc: Document, lang: Lang): void {
  doc.documentElement.lang = lang;
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(lang, el.dataset.i18n as MessageKey);
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(lang, el.dataset.i18nAriaLabel as MessageKey));
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) el.setAttribute('placeholder', t(lang, el.dataset.i18nPlaceholder as MessageKey));
  doc.title = t(lang, 'readerTitle');
}
