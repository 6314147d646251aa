import { importBundle, onceUntilFailure } from './bundles';
import type { PageEngine } from './engine-api';

/** Imports the engine bundle and returns the API it leaves on this world's global. */
export type EngineSource = () => Promise<PageEngine>;

/** The web-accessible `page-engine.js` (lib/page/bundles.ts). */
const fromBundle: EngineSource = () => importBundle('/page-engine.js', () => globalThis.__mcxrefPageEngine);

/**
 * Loads the page engine once per frame through `source`; concurrent callers share one load. A failed
 * load is said in the console and forgotten, so the next trigger (a text with a citation appearing,
 * a message from the extension) tries again; the page itself is left as it was.
 */
export function engineLoader(source: EngineSource = fromBundle): () => Promise<PageEngine> {
  return onceUntilFailure(() =>
    source().catch((error: unknown) => {
      console.warn('mc-xref: the page engine could not be loaded; it will be tried again', error);
      throw error;
    }),
  );
}
