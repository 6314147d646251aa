import { expect, test } from './fixtures';
import { CARD, highlightTotal, hoverCitation, storeSettings, tabIdOf } from './page-helpers';

test('saving in one tab updates the open card of another tab at once', async ({ context, server, openExtensionPage }) => {
  const first = await context.newPage();
  await first.goto(`${server.origin}/brief-en.html`);
  await hoverCitation(first, 'UNEP/MC/COP.6/INF/28');
  await expect(first.locator(CARD).getByRole('button', { name: 'Save', exact: true })).toHaveAttribute('aria-pressed', 'false');

  const second = await context.newPage();
  await second.goto(`${server.origin}/note-fr.html`);
  await hoverCitation(second, 'UNEP/MC/COP.6/INF/28');
  await second.locator(CARD).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(second.locator(CARD).getByRole('button', { name: 'Saved', exact: true })).toHaveAttribute('aria-pressed', 'true');

  // The first tab's card, still open, now says Saved without being hovered again.
  await expect(first.locator(CARD).getByRole('button', { name: 'Saved', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // And the page it was saved from is recorded with the sentence around the citation.
  const extensionPage = await openExtensionPage('options.html');
  const item = await extensionPage.evaluate(async () => {
    const reply = (await chrome.runtime.sendMessage({ type: 'saved/list' })) as { value: Array<{ id: string; pages: Array<{ url: string; sentence: string }> }> };
    return reply.value.find((i) => i.id === 'UNEP/MC/COP.6/INF/28');
  });
  expect(item?.pages[0]?.url).toBe(`${server.origin}/note-fr.html`);
  expect(item?.pages[0]?.sentence).toContain('sont présentées dans le document UNEP/MC/COP.6/INF/28.');
});

test('"Look up citation" on a selection opens its card, or says that none was recognised', async ({ context, server, sendToPage }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/brief-en.html`);
  await expect.poll(() => highlightTotal(page)).toBeGreaterThan(0);
  // What the context menu sends to the frame (the menu itself cannot be clicked from Playwright).
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('decision MC-5/3'))!;
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await sendToPage(page, { type: 'lookup-selection', text: 'Delegations may also wish to recall decision MC-5/3.' });
  await expect(page.locator(CARD)).toHaveAccessibleName('Decision MC-5/3');
  await page.keyboard.press('Escape');
  await expect(page.locator(CARD)).toHaveCount(0);
  await sendToPage(page, { type: 'lookup-selection', text: 'Nothing to see here, only 6/3/2024.' });
  await expect(page.locator(CARD)).toHaveAccessibleName('No citation recognised in the selection.');
});

test('the popup switches the extension off on a site and back on, and the page follows', async ({ context, server, serviceWorker, openExtensionPage }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/note-fr.html`);
  await expect.poll(() => highlightTotal(page)).toBe(21);
  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await openExtensionPage(`popup.html?tab=${tabId}&view=page`);
  const toggle = popup.getByRole('switch', { name: /Highlight citations on 127\.0\.0\.1/ });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect.poll(() => highlightTotal(page)).toBe(0);
  // Reopened, the popup says the site is switched off and offers the way back.
  await popup.reload();
  await expect(popup.getByText('switched off on this site')).toBeVisible();
  await popup.getByRole('switch', { name: /Highlight citations on 127\.0\.0\.1/ }).check();
  await expect.poll(() => highlightTotal(page)).toBe(21);
});

test('"Look up citation" still answers on a site where the extension is switched off, without painting it', async ({ context, server, serviceWorker, sendToPage }) => {
  const site = new URL(server.origin).hostname;
  await storeSettings(serviceWorker, { disabledSites: [site] });
  const page = await context.newPage();
  await page.goto(`${server.origin}/brief-en.html`);
  await expect.poll(() => sendToPage(page, { type: 'content-ping' }).then((r) => (r as { ok: boolean }).ok, () => false)).toBe(true);
  await sendToPage(page, { type: 'lookup-selection', text: 'see UNEP/MC/COP.6/INF/28' });
  await expect(page.locator(CARD)).toHaveAccessibleName('UNEP/MC/COP.6/INF/28');
  expect(await highlightTotal(page)).toBe(0);
});
