import { detectLanguage } from '../../core/detect';
import type { Citation, DetectLang } from '../../core/detect/types';
import { detectPage, flatten, tokensFromItems, type PageDetectOptions, type TextItemLike } from './page-text';

/** The part of a PDFDocumentProxy the index reads. */
export interface PdfDocLike {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(params?: { includeMarkedContent?: boolean; disableNormalization?: boolean }): Promise<{ items: TextItemLike[] }> }>;
}

/** One page as the index knows it: its flat text and the citations in it. */
export interface IndexedPage {
  page: number;
  text: string;
  citations: Citation[];
  /** Time spent in our code (flattening and detection), ms. */
  ms: number;
}

/** Words that make a document's subject the Minamata Convention for the detector's context rules (see lib/page/find.ts). */
const MINAMATA_SUBJECT = /\bminamata\b|UNEP\/MC\/COP/i;

/**
 * The citations of the whole document, page by page, read from `getTextContent()` (PDF.js renders
 * pages lazily and keeps only a few text layers, so the layers cannot tell what the document
 * holds). The popup's list, the keyboard walk and reveal use it; the painter reads the same text
 * from each layer as it renders. The document's language and subject come from its first page.
 */
export class DocIndex {
  private readonly pages = new Map<number, Promise<IndexedPage>>();
  private options: Promise<PageDetectOptions> | null = null;
  private whole: Promise<IndexedPage[]> | null = null;
  /** Time spent in our code per indexed page, ms (for `npm run bench:pdf`). */
  readonly times: number[] = [];

  constructor(
    private readonly doc: PdfDocLike,
    private readonly title: string,
    /** Yields to the page between pages; a test passes an immediate one. */
    private readonly pause: () => Promise<void> = () => new Promise((ok) => setTimeout(ok, 0)),
  ) {}

  get numPages(): number {
    return this.doc.numPages;
  }

  /**
   * The language and subject the detector reads every page with, from the first page's text; or
   * from `seed` (the text of whichever page the viewer rendered first) when nothing was read yet,
   * so that painting the first page does not wait for the worker to extract page 1 again.
   */
  detectOptions(seed?: string): Promise<PageDetectOptions> {
    this.options ??= (seed !== undefined ? Promise.resolve(seed) : this.rawText(1)).then((first) => {
      const opening = `${this.title}\n${first}`;
      const lang: DetectLang = detectLanguage(opening.slice(0, 20_000));
      return { lang, contextPrefix: MINAMATA_SUBJECT.test(opening) ? 'Minamata.\n\n' : '' };
    });
    return this.options;
  }

  /** Page `n` (1-based), read once. */
  page(n: number): Promise<IndexedPage> {
    let entry = this.pages.get(n);
    if (!entry) {
      entry = Promise.all([this.items(n), this.detectOptions()]).then(([items, options]) => {
        const t0 = performance.now();
        const text = flatten(tokensFromItems(items)).text;
        const citations = detectPage(text, options);
        const ms = performance.now() - t0;
        this.times.push(ms);
        return { page: n, text, citations, ms };
      });
      this.pages.set(n, entry);
    }
    return entry;
  }

  /** Every page, read in order with a pause between pages so the viewer stays responsive. */
  all(): Promise<IndexedPage[]> {
    this.whole ??= (async () => {
      const out: IndexedPage[] = [];
      for (let n = 1; n <= this.doc.numPages; n++) {
        out.push(await this.page(n));
        await this.pause();
      }
      return out;
    })();
    return this.whole;
  }

  private async items(n: number): Promise<TextItemLike[]> {
    const page = await this.doc.getPage(n);
    // The same parameters the viewer's text layer asks for, so both read the same items.
    const content = await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
    return content.items;
  }

  private async rawText(n: number): Promise<string> {
    if (this.doc.numPages < n) return '';
    return flatten(tokensFromItems(await this.items(n))).text;
  }
}
