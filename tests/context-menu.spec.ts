import { expect, test } from './fixtures';

test('"Look up citation" is registered in the context menu on install, titled in the browser language', async ({ serviceWorker }) => {
  // contextMenus has no getter; update() succeeds only for an item that exists.
  await expect
    .poll(() =>
      serviceWorker.evaluate(() =>
        chrome.contextMenus.update('mcxref-lookup-selection', { contexts: ['selection'] }).then(
          () => 'registered',
          (error: Error) => error.message,
        ),
      ),
    )
    .toBe('registered');
  expect(await serviceWorker.evaluate(() => chrome.i18n.getMessage('contextMenuLookup'))).toBe('Look up citation');
});
