import { expect, type Frame, type Locator, type Page, type Worker } from '@playwright/test';

/**
 * The centre of the `occurrence`-th place where `text` is printed in the page (searched across text
 * nodes of one element, in the light DOM or in open shadow roots), in viewport coordinates. The
 * element is scrolled into view first.
 */
export async function pointAtText(page: Page | Frame, text: string, occurrence = 0, offsetChars = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ text, occurrence, offsetChars }) => {
      const roots: Array<Document | ShadowRoot> = [document];
      const all = document.querySelectorAll('*');
      for (const el of all) if (el.shadowRoot) roots.push(el.shadowRoot);
      let seen = 0;
      for (const root of roots) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
        for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
          if (!(el instanceof HTMLElement) || ['SCRIPT', 'STYLE', 'HEAD'].includes(el.tagName)) continue;
          if ([...el.children].some((c) => (c.textContent ?? '').includes(text))) continue;
          const content = el.textContent ?? '';
          let index = content.indexOf(text);
          while (index >= 0) {
            if (seen++ === occurrence) {
              el.scrollIntoView({ block: 'center' });
              // Map the character offset to a text node position.
              const tw = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
              let pos = 0;
              const target = index + offsetChars;
              for (let n = tw.nextNode() as Text | null; n; n = tw.nextNode() as Text | null) {
                if (target < pos + n.data.length) {
                  const range = document.createRange();
                  range.setStart(n, target - pos);
                  range.setEnd(n, Math.min(n.data.length, target - pos + 1));
                  const rect = range.getBoundingClientRect();
                  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
                }
                pos += n.data.length;
              }
            }
            index = content.indexOf(text, index + 1);
          }
        }
      }
      return null;
    },
    { text, occurrence, offsetChars },
  );
  if (!point) throw new Error(`"${text}" (occurrence ${occurrence}) is not on the page`);
  return point;
}

/** How many ranges each of our highlights holds (read from the page, which shares CSS.highlights). */
export async function highlightCounts(page: Page | Frame): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('mcxref-')) out[name] = highlight.size;
    return out;
  });
}

/** Total ranges across our highlights. */
export async function highlightTotal(page: Page | Frame): Promise<number> {
  const counts = await highlightCounts(page);
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/**
 * The printed text of every range in our highlights, sorted; `compact` removes all white space and
 * hyphens (a range across lines of a PDF joins them without a space).
 */
export async function highlightedTexts(page: Page | Frame, compact = false): Promise<string[]> {
  return page.evaluate((compact) => {
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('mcxref-') || name === 'mcxref-flash') continue;
      for (const r of highlight as unknown as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const text = range.toString();
        out.push(compact ? text.replace(/\s+/g, '').replace(/[\u2010\u00ad-]/g, '') : text.replace(/\s+/g, ' '));
      }
    }
    return out.sort();
  }, compact);
}

/**
 * The id of the tab showing `page`, as the service worker sees it. The extension has no `tabs`
 * permission, so tabs cannot be found by address: the page is brought to the front and the
 * active tab is taken, as the fixture's sendToPage does.
 */
export async function tabIdOf(serviceWorker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  if (id === undefined) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

/**
 * Stores settings as a reader's choices would be (both areas, since the extension reads sync where the
 * browser has it and local otherwise); open pages react through storage.onChanged.
 */
export async function storeSettings(serviceWorker: Worker, settings: unknown): Promise<void> {
  await serviceWorker.evaluate(async (value) => {
    await chrome.storage.local.set({ settings: value });
    await chrome.storage.sync.set({ settings: value }).catch(() => undefined);
  }, settings);
}

/**
 * The citations the content script of `page` holds, asked for once its scan is idle (the reply waits
 * for it): the deterministic way to know the page has been read, instead of sleeping. Retried only while
 * the content script has not started yet.
 */
export async function citationsWhenIdle(sendToPage: (page: Page, message: unknown) => Promise<unknown>, page: Page): Promise<Array<{ id: string; count: number }>> {
  let reply: { ok: boolean; value?: { citations: Array<{ id: string; count: number }> } } | undefined;
  await expect
    .poll(async () => {
      reply = (await sendToPage(page, { type: 'page-citations' }).catch(() => undefined)) as typeof reply;
      return reply?.ok ?? false;
    })
    .toBe(true);
  return reply!.value!.citations;
}

/** The open hover card, inside the extension's closed shadow root (reached as card-probe.ts explains). */
export const CARD = 'mcxref=[role="dialog"]';

/**
 * Brings `page` to the front, waits until its citations are painted, rests the pointer on `text`
 * and waits for the card it opens.
 */
export async function hoverCitation(page: Page, text: string, offsetChars = 4): Promise<Locator> {
  await page.bringToFront();
  await expect.poll(() => highlightTotal(page)).toBeGreaterThan(0);
  const point = await pointAtText(page, text, 0, offsetChars);
  await page.mouse.move(point.x, point.y);
  const dialog = page.locator(CARD);
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * The card's element, copied into an OPEN shadow root of a test-only element, for axe-core (which,
 * like the page, cannot enter the card's closed root). The copy has the same markup, styles and
 * place on screen as the card, so what axe checks (roles, names, contrast) is what the reader gets.
 * Returns the selector to include.
 */
export async function mirrorCardForAxe(page: Page): Promise<string> {
  await page.evaluate(() => {
    const root = (window as unknown as Record<string, ShadowRoot | undefined>)['__mcxrefTestCardRoot'];
    if (!root) throw new Error('no card root exposed');
    document.getElementById('axe-card-mirror')?.remove();
    const mirror = document.createElement('div');
    mirror.id = 'axe-card-mirror';
    const host = root.host as HTMLElement;
    // The host's own box (fixed at 0,0, no size), without its inline `all: initial !important`, which
    // axe's avoid-inline-spacing reads as a rule on the host's text (it holds none; the card's text
    // is styled inside the shadow root).
    mirror.setAttribute('style', 'position: fixed; top: 0; left: 0; width: 0; height: 0; overflow: visible; z-index: 2147483647');
    mirror.attachShadow({ mode: 'open' }).append(...[...root.childNodes].map((n) => n.cloneNode(true)));
    // The card itself steps aside so that axe measures contrast against the copy alone.
    host.style.setProperty('display', 'none', 'important');
    document.documentElement.append(mirror);
  });
  return '#axe-card-mirror';
}
