import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardUi } from '../lib/card/ui';
import { CARD_UI_GLOBAL } from '../lib/card/ui/types';

/** Imported by the content script (lib/card/loader.ts) the first time a card opens in a frame; runs in its isolated world. */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] ??= createCardUi();
});
