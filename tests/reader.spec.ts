import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CARD, highlightTotal, pointAtText, tabIdOf } from './page-helpers';
import { grantedBuild, highlightedCompact, paintAllPages, printPdf, probe, readerAddress, waitPainted } from './reader-helpers';

interface Citations {
  url: string;
  citations: Array<{ id: string; count: number; text: string }>;
}

const counted = (reply: unknown) =>
  ((reply as { value: Citations }).value.citations.map((c) => `${c.id} ×${c.count}`) ?? []).sort();

/** The saved list, asked of the background from an extension page (it owns the database). */
async function savedList(page: Page): Promise<Array<{ id: string; pages: Array<{ url: string; sentence: string }> }>> {
  return page.evaluate(async () => {
    const reply = (await chrome.runtime.sendMessage({ type: 'saved/list' })) as { ok: boolean; value: Array<{ id: string; pages: Array<{ url: string; sentence: string }> }> };
    return reply.value;
  });
}

test.describe('the PDF reader as installed (no optional site access granted)', () => {
  test('Chromium lets the reader fetch from the sites the content script runs on: the PDF opens without a prompt', async ({ context, server, extensionId, foreignRequests }) => {
    await printPdf(context, server, 'note-fr');
    const reader = await context.newPage();
    await reader.goto(readerAddress(extensionId, `${server.origin}/note-fr.pdf`));
    await waitPainted(reader, 1);
    await expect(reader.locator('#message')).toBeHidden();
    await expect.poll(() => highlightTotal(reader)).toBeGreaterThan(0);
    expect(foreignRequests).toEqual([]);
  });
});

test.describe('the PDF reader', () => {
  test.use({ extensionDir: grantedBuild() });
  for (const name of ['note-fr', 'brief-en', 'nota-es']) {
    test(`a PDF printed from ${name}.html gets the same citations as the page`, async ({ context, server, extensionId, sendToPage, foreignRequests }) => {
      const html = await context.newPage();
      await html.goto(`${server.origin}/${name}.html`);
      await expect.poll(() => highlightTotal(html)).toBeGreaterThan(0);
      const onPage = await sendToPage(html, { type: 'page-citations' });
      const painted = await highlightedCompact(html);

      await printPdf(context, server, name);
      const reader = await context.newPage();
      await reader.goto(readerAddress(extensionId, `${server.origin}/${name}.pdf`));
      await paintAllPages(reader);
      // Same printed citations painted, same ids and counts for the popup.
      await expect.poll(() => highlightedCompact(reader)).toEqual(painted);
      expect(counted(await sendToPage(reader, { type: 'page-citations' }))).toEqual(counted(onPage));
      await expect(reader.locator('#note')).toContainText(server.origin);
      expect(foreignRequests).toEqual([]);
    });
  }

  test('card, Save with the page, reopening at that page, On this page, and the keyboard walk', async ({ context, server, extensionId, serviceWorker, sendToPage, openExtensionPage, foreignRequests }) => {
    await printPdf(context, server, 'note-fr');
    const pdfUrl = `${server.origin}/note-fr.pdf`;
    const reader = await context.newPage();
    // The size at which the card of the first page's citation, flipped above it, once covered the toolbar.
    await reader.setViewportSize({ width: 1100, height: 760 });
    await reader.goto(readerAddress(extensionId, pdfUrl));
    const pages = await paintAllPages(reader);
    expect(pages).toBeGreaterThan(1);

    // Hover: the card names the reference under the pointer.
    await reader.evaluate(() => document.querySelector('#viewer .page[data-page-number="1"]')?.scrollIntoView());
    const point = await pointAtText(reader, 'UNEP/MC/COP.6/INF/28', 0, 5);
    await reader.mouse.move(point.x, point.y);
    const dialog = reader.locator(CARD);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('UNEP/MC/COP.6/INF/28');
    // It keeps clear of the reader's toolbar, fixed at the top.
    const bar = (await reader.locator('header.bar').boundingBox())!;
    await expect.poll(async () => (await dialog.boundingBox())?.y ?? 0).toBeGreaterThanOrEqual(bar.y + bar.height);
    const pageOfCitation = await reader.evaluate(({ x, y }) => {
      const el = document.elementsFromPoint(x, y).find((e) => e.closest('.page'));
      return Number(el?.closest<HTMLElement>('.page')?.dataset.pageNumber);
    }, point);

    // Save records the PDF's address with the page, and the sentence.
    await dialog.getByRole('button', { name: /save|enregistrer/i }).click();
    const popup = await openExtensionPage('popup.html');
    await expect.poll(async () => (await savedList(popup)).map((i) => i.id)).toContain('UNEP/MC/COP.6/INF/28');
    const item = (await savedList(popup)).find((i) => i.id === 'UNEP/MC/COP.6/INF/28')!;
    expect(item.pages[0]!.url).toBe(`${pdfUrl}#page=${pageOfCitation}`);
    expect(item.pages[0]!.sentence).toContain('UNEP/MC/COP.6/INF/28');

    // The saved item reopens the reader at that page, from the popup's list.
    await popup.reload();
    const link = popup.locator('a.row__pdf').first();
    await expect(link).toHaveText(`PDF p. ${pageOfCitation}`);
    const href = await link.getAttribute('href');
    expect(href).toBe(readerAddress(extensionId, item.pages[0]!.url));
    const again = await context.newPage();
    await again.goto(href!);
    await waitPainted(again, pageOfCitation);
    await expect(again.locator('#page')).toHaveValue(String(pageOfCitation));
    await again.close();

    // On this page lists the document's citations.
    const tabId = await tabIdOf(serviceWorker, reader);
    const onPage = await openExtensionPage(`popup.html?tab=${tabId}&view=page`);
    await expect(onPage.locator('.cites li').first()).toBeVisible();
    const listed = await sendToPage(reader, { type: 'page-citations' });
    await expect(onPage.locator('.cites li')).toHaveCount((listed as { value: Citations }).value.citations.length);
    await expect(onPage.locator('.cites')).toContainText(['UNEP/MC/COP.6/INF/28']);
    await onPage.close();

    // Keyboard walk: first, next, back, and back again wraps to the last citation, on the last page.
    await reader.bringToFront();
    await reader.keyboard.press('Escape');
    await sendToPage(reader, { type: 'next-citation' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('h2')).toContainText(/23/);
    await sendToPage(reader, { type: 'next-citation' });
    await expect(dialog.locator('h2')).toContainText(/16/);
    await sendToPage(reader, { type: 'next-citation', step: -1 });
    await expect(dialog.locator('h2')).toContainText(/23/);
    await sendToPage(reader, { type: 'next-citation', step: -1 });
    await expect(dialog).toBeVisible();
    await expect.poll(() => reader.locator('#page').inputValue()).toBe(String(pages));
    expect(foreignRequests).toEqual([]);
  });

  test('a citation on a page that is not rendered yet is reached by the walk and by reveal', async ({ context, server, extensionId, sendToPage }) => {
    // A long document: the note's body repeated, so later pages are not rendered at first.
    const note = await context.newPage();
    await note.goto(`${server.origin}/note-fr.html`);
    const body = await note.evaluate(() => document.body.innerHTML);
    await note.close();
    const head = '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Note</title><link rel="stylesheet" href="un-doc.css"></head><body>';
    await printPdf(context, server, 'long-note', { html: `${head}${body.repeat(8)}</body></html>` });
    const reader = await context.newPage();
    await reader.goto(readerAddress(extensionId, `${server.origin}/long-note.pdf`));
    await waitPainted(reader, 1);
    const { pages } = await probe(reader);
    expect(pages).toBeGreaterThan(12);
    expect((await probe(reader)).painted).not.toContain(pages);
    // Back from the start wraps to the document's last citation, on a page PDF.js had not rendered.
    await sendToPage(reader, { type: 'next-citation', step: -1 });
    await expect(reader.locator(CARD)).toBeVisible();
    await waitPainted(reader, pages);
    const found = (await sendToPage(reader, { type: 'reveal-citation', id: 'UNEP/MC/COP.6/INF/28', index: 9 })) as { value: { found: boolean } };
    expect(found.value.found).toBe(true);
  });

  test('text as printed: lines cut in a symbol or a hyphenated word, footnote markers, two columns, a header on every page', async ({ context, server, extensionId, sendToPage }) => {
    const filler = '<p>The Conference of the Parties considered the cooperation of the secretariat with other bodies at length, and delegations exchanged views on the reports before them.</p>'.repeat(10);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Minamata printed text</title><style>
      body { font: 15px/1.45 Georgia, serif; margin: 0; } .cols { column-count: 2; column-gap: 36px; } p { margin: 0 0 10px; } sup { font-size: 60%; }
      </style></head><body><div class="cols">
      <p>The activity report of the Minamata Convention secretariat is UNEP/MC/COP.6/<br>INF/28 for the session.</p>
      <p>Consultation follows sub-para-<br>graph (a) of para-<br>graph 2 of Article 16 of the Convention.</p>
      <p>Delegations recalled decision MC-5/3<sup>1</sup> and UNEP/EA.6/Res.3<sup>2</sup> on that occasion.</p>
      ${filler}
      <p>In the second column, Article 23, paragraph 5 (b), concerns cooperation.</p>
      ${filler}
      </div></body></html>`;
    server.routes.set('/printed.html', html);
    const maker = await context.newPage();
    await maker.goto(`${server.origin}/printed.html`);
    const pdf = await maker.pdf({ format: 'A5', displayHeaderFooter: true, headerTemplate: '<div style="font-size:8px;margin-left:1cm">UNEP/MC/COP.6/INF/28</div>', footerTemplate: '<div style="font-size:8px;margin-left:1cm">Page <span class="pageNumber"></span></div>', margin: { top: '1.5cm', bottom: '1.5cm' } });
    await maker.close();
    server.files.set('/printed.pdf', { type: 'application/pdf', body: pdf });
    const reader = await context.newPage();
    await reader.goto(readerAddress(extensionId, `${server.origin}/printed.pdf`));
    const pages = await paintAllPages(reader);
    expect(pages).toBeGreaterThan(1);
    const reply = (await sendToPage(reader, { type: 'page-citations' })) as { value: Citations };
    const byId = new Map(reply.value.citations.map((c) => [c.id, c.count]));
    // The symbol cut after its slash, once in the body and once in each page's header.
    expect(byId.get('UNEP/MC/COP.6/INF/28')).toBe(1 + pages);
    // "sub-para-|graph (a) of para-|graph 2 of Article 16": the hyphenation undone, the provision whole.
    expect(byId.get('minamata:art16(2)(a)')).toBe(1);
    // Footnote markers are not read into the references they follow.
    expect(byId.get('MC-5/3')).toBe(1);
    expect(byId.get('UNEP/EA.6/Res.3')).toBe(1);
    expect([...byId.keys()].filter((id) => /MC-5\/3\d|Res\.3\d/.test(id))).toEqual([]);
    // The second column is read too.
    expect(byId.get('minamata:art23(5)(b)')).toBe(1);
    await expect.poll(() => highlightTotal(reader)).toBe([...byId.values()].reduce((a, b) => a + b, 0));
  });

  test('local files: Open a file…, drag and drop, and clear messages for what is not a readable PDF', async ({ context, server, extensionId, foreignRequests }) => {
    const pdf = await printPdf(context, server, 'brief-en');
    const reader = await context.newPage();
    await reader.goto(`chrome-extension://${extensionId}/reader.html`);
    await expect(reader.locator('#empty')).toBeVisible();

    await reader.locator('#file').setInputFiles({ name: 'brief.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    await waitPainted(reader, 1);
    await expect.poll(() => highlightTotal(reader)).toBeGreaterThan(10);
    await expect(reader.locator('#note')).toHaveText(/nothing was uploaded/i);
    await expect(reader.locator('#native')).toBeHidden();

    const note = await printPdf(context, server, 'note-fr');
    const transfer = await reader.evaluateHandle((b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'note.pdf', { type: 'application/pdf' }));
      return dt;
    }, Buffer.from(note).toString('base64'));
    await reader.dispatchEvent('#viewerContainer', 'drop', { dataTransfer: transfer });
    await expect(reader).toHaveTitle(/Coopération/);
    await waitPainted(reader, 1);

    const message = reader.locator('#message');
    const cases: Array<[string, string, RegExp]> = [
      ['notes.txt', 'just some text', /not a PDF/],
      ['broken.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage', /damaged/],
      ['empty.pdf', '', /empty/],
    ];
    for (const [name, text, expected] of cases) {
      await reader.locator('#file').setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(text) });
      await expect(message).toBeVisible();
      await expect(message).toHaveText(expected);
    }
    expect(foreignRequests).toEqual([]);
  });

  test('addresses the reader refuses or cannot fetch get a message, never a blank page', async ({ context, server, extensionId }) => {
    const reader = await context.newPage();
    await reader.goto(`chrome-extension://${extensionId}/reader.html?file=${encodeURIComponent('javascript:alert(1)')}`);
    await expect(reader.locator('#message')).toHaveText(/only web addresses/);
    await reader.goto(`chrome-extension://${extensionId}/reader.html?file=${encodeURIComponent(`${server.origin}/missing.pdf`)}`);
    await expect(reader.locator('#message')).toHaveText(/404/);
    await reader.goto(`chrome-extension://${extensionId}/reader.html?file=${encodeURIComponent(`${server.origin}/brief-en.html`)}`);
    await expect(reader.locator('#message')).toHaveText(/not a PDF/);
  });

  test('the popup on a tab showing a PDF in the browser\'s viewer offers the reader, keeping the page', async ({ context, server, serviceWorker, openExtensionPage }) => {
    await printPdf(context, server, 'note-fr');
    // Served without ".pdf" in the path, as symbol services do: recognised by its content type.
    await printPdf(context, server, 'note-fr', { path: '/symbol/UNEP-MC-COP.6-INF-28' });
    for (const address of [`${server.origin}/note-fr.pdf#page=2`, `${server.origin}/symbol/UNEP-MC-COP.6-INF-28`]) {
      const tab = await context.newPage();
      await tab.goto(address);
      const tabId = await tabIdOf(serviceWorker, tab);
      const popup = await openExtensionPage(`popup.html?tab=${tabId}&view=page`);
      await popup.getByRole('button', { name: 'Open in mc-xref reader' }).click();
      await expect(tab).toHaveURL(/reader\.html\?file=/);
      const page = address.endsWith('#page=2') ? 2 : 1;
      await waitPainted(tab, page);
      await expect(tab.locator('#page')).toHaveValue(String(page));
      await expect.poll(() => highlightTotal(tab)).toBeGreaterThan(0);
      await popup.close();
    }
  });

  test('the option "Open PDF links in the mc-xref reader": off by default; on, a PDF link opens in the reader, and the browser\'s viewer is one click away', async ({ context, server, serviceWorker, openExtensionPage }) => {
    await printPdf(context, server, 'note-fr', { path: '/symbol/UNEP-MC-COP.6-INF-28' });
    const address = `${server.origin}/symbol/UNEP-MC-COP.6-INF-28`;
    // Off by default: the browser's viewer shows the PDF.
    const before = await context.newPage();
    await before.goto(address);
    await expect(before).toHaveURL(address);
    await before.close();

    const options = await openExtensionPage('options.html');
    const toggle = options.getByRole('checkbox', { name: 'Open PDF links in the mc-xref reader' });
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await expect.poll(() => serviceWorker.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length)).toBeGreaterThan(0);

    const tab = await context.newPage();
    await tab.goto(`${server.origin}/brief-en.html`);
    await tab.evaluate((href) => {
      const a = document.createElement('a');
      a.href = href;
      a.id = 'pdf-link';
      a.textContent = 'the report';
      document.body.prepend(a);
    }, address);
    await tab.click('#pdf-link');
    await expect(tab).toHaveURL(/reader\.html\?raw=/);
    await waitPainted(tab, 1);
    await expect.poll(() => highlightTotal(tab)).toBeGreaterThan(0);
    // One click back to the browser's own viewer, not redirected again.
    await tab.getByRole('link', { name: 'Open in the browser’s viewer' }).click();
    await expect(tab).toHaveURL(address);

    // Off again: no rule left.
    await toggle.uncheck();
    await expect.poll(() => serviceWorker.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length)).toBe(0);
  });

  test('"Open PDF in mc-xref reader" is in the context menu of links', async ({ serviceWorker }) => {
    // The background creates its menu items when it starts, which may be just after the test gets the worker.
    await expect
      .poll(() =>
        serviceWorker.evaluate(() =>
          chrome.contextMenus.update('mcxref-open-pdf', { contexts: ['link'] }).then(
            () => true,
            () => false,
          ),
        ),
      )
      .toBe(true);
  });

  test('the reader has no accessibility violations, light and dark', async ({ context, server, extensionId }) => {
    // Two axe runs over a page holding PDF.js's DOM take a while on a shared two-core machine.
    test.setTimeout(150_000);
    await printPdf(context, server, 'brief-en');
    const reader = await context.newPage();
    await reader.goto(readerAddress(extensionId, `${server.origin}/brief-en.pdf`));
    await waitPainted(reader, 1);
    for (const colorScheme of ['light', 'dark'] as const) {
      await reader.emulateMedia({ colorScheme });
      const axe = await new AxeBuilder({ page: reader }).exclude('#viewer').analyze();
      expect(axe.violations.map((v) => `${colorScheme} ${v.id}: ${v.help} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    }
  });
});
