import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { GRAMMARS_GLOBAL } from '../lib/core/detect/grammar/bundle';
import { OTHER_SCRIPT_GRAMMARS } from '../lib/core/detect/grammar/other-scripts';

/**
 * The Russian, Chinese and Arabic tables, imported by the content script (lib/page/grammars.ts) on a
 * page that needs them; runs in its isolated world. Pages in Latin script never load them.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[GRAMMARS_GLOBAL] ??= OTHER_SCRIPT_GRAMMARS;
});
