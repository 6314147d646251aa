import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pageEngine } from '../lib/page/engine';

/**
 * The page engine (detector, scanner, highlighter, session, card controller), imported by the
 * content script (lib/page/engine-loader.ts) once a page's text may hold a citation or a message
 * needs a session; runs in its isolated world. Pages without citations never load it.
 */
export default defineUnlistedScript(() => {
  globalThis.__mcxrefPageEngine ??= pageEngine;
});
