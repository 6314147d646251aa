import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardUi } from '../lib/card/ui';

/** Imported by the content script (lib/card/loader.ts) the first time a card opens in a frame; runs in its isolated world. */
export default defineUnlistedScript(() => {
  globalThis.__mcxrefCardUi ??= createCardUi();
});
