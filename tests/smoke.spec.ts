import { expect, test } from './fixtures';

test('the content script runs on a served page and answers the extension', async ({ context, server, sendToPage }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/note-fr.html`);
  // The content script starts at document_idle, which may come just after the load event.
  await expect
    .poll(() => sendToPage(page, { type: 'content-ping' }).catch((error: Error) => error.message))
    .toEqual({ ok: true, value: { url: `${server.origin}/note-fr.html`, top: true, pdf: false } });
});

test('the popup and the options page render from the built extension', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Minamata Cross-Reference');
  const options = await openExtensionPage('options.html');
  await expect(options.getByRole('heading', { level: 1 })).toContainText('Minamata Cross-Reference');
});
