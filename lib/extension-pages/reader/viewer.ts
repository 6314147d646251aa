import * as pdfjsLib from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import 'pdfjs-dist/web/pdf_viewer.css';

type ViewerModule = typeof import('pdfjs-dist/web/pdf_viewer.mjs');

/** Where the build copies PDF.js's data files (wxt.config.ts): nothing is fetched from a CDN. */
export function assetBase(): string {
  return new URL('/pdfjs/', location.href).href;
}

/** The parts of PDF.js's viewer the reader page drives. */
export interface Viewer {
  mod: ViewerModule;
  eventBus: InstanceType<ViewerModule['EventBus']>;
  linkService: InstanceType<ViewerModule['PDFLinkService']>;
  findController: InstanceType<ViewerModule['PDFFindController']>;
  pdfViewer: InstanceType<ViewerModule['PDFViewer']>;
}

let viewerModule: Promise<ViewerModule> | null = null;

/**
 * Loads the viewer components. pdf_viewer.mjs reads `globalThis.pdfjsLib` when it is evaluated,
 * so it must be imported after the library is in place (mozilla/pdf.js#17305): hence the dynamic import.
 */
function loadViewerModule(): Promise<ViewerModule> {
  (globalThis as { pdfjsLib?: unknown }).pdfjsLib = pdfjsLib;
  pdfjsLib.GlobalWorkerOptions.workerSrc = workerUrl;
  viewerModule ??= import('pdfjs-dist/web/pdf_viewer.mjs');
  return viewerModule;
}

/**
 * A continuous-scroll PDF viewer with links, find and a text layer, configured for untrusted
 * documents: no scripting manager (the PDF's JavaScript never runs), no forms or XFA (links only),
 * no annotation editor, links opened in a new tab with noopener (PDF.js keeps only http, https,
 * ftp, mailto and tel links, so `javascript:` never becomes a link).
 */
export async function createViewer(container: HTMLDivElement, viewerDiv: HTMLDivElement): Promise<Viewer> {
  const mod = await loadViewerModule();
  const eventBus = new mod.EventBus();
  const linkService = new mod.PDFLinkService({ eventBus, externalLinkTarget: mod.LinkTarget.BLANK, externalLinkRel: 'noopener noreferrer nofollow' });
  const findController = new mod.PDFFindController({ eventBus, linkService });
  const pdfViewer = new mod.PDFViewer({
    container,
    viewer: viewerDiv,
    eventBus,
    linkService,
    findController,
    annotationMode: pdfjsLib.AnnotationMode.ENABLE,
    annotationEditorMode: pdfjsLib.AnnotationEditorType.DISABLE,
    textLayerMode: 1,
  });
  linkService.setViewer(pdfViewer);
  return { mod, eventBus, linkService, findController, pdfViewer };
}

/** Where a document comes from: a web address or bytes read from a local file. */
export type PdfSource = { url: string } | { data: Uint8Array; name: string };

/**
 * Starts loading a document. Fonts, character maps, colour profiles and decoders come from the
 * extension itself. XFA stays off; the 6.x library has no eval path left (isEvalSupported was
 * removed in 5.7), and the extension's CSP allows only 'self' scripts and WebAssembly.
 */
export function loadDocument(source: PdfSource): pdfjsLib.PDFDocumentLoadingTask {
  const base = assetBase();
  return pdfjsLib.getDocument({
    ...('url' in source ? { url: source.url } : { data: source.data }),
    cMapUrl: `${base}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${base}standard_fonts/`,
    wasmUrl: `${base}wasm/`,
    iccUrl: `${base}iccs/`,
    enableXfa: false,
    withCredentials: false,
  });
}

export { pdfjsLib };
export type { PDFDocumentProxy };
