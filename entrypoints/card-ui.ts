import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardUi } from '../lib/card-ui';
import { CARD_UI_GLOBAL } from '../lib/card-ui/types';

/** Injected by the background into a frame's isolated world the first time a card opens there. */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] ??= createCardUi();
});
