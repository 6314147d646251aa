/**
 * A Vite plugin that compiles the reference index at build time and serves it as the virtual
 * module `virtual:mcxref-index`, so no generated file is committed and a wrong catalogue entry
 * fails `wxt build` (and the tests) with the message naming the entry and the field.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';
import type { Plugin } from 'vite';
import { compileIndex, type DetectFn } from './compile.ts';
import { catalogueFiles, loadCatalogue } from './load.ts';

export const INDEX_MODULE_ID = 'virtual:mcxref-index';
const RESOLVED_ID = `\0${INDEX_MODULE_ID}`;

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Loads the detector at build time through jiti: the config files that register this plugin are
 * loaded before Vite can transform TypeScript, and the detector is TypeScript.
 */
async function loadDetect(): Promise<DetectFn> {
  const jiti = createJiti(import.meta.url, { moduleCache: false });
  const mod = await jiti.import<{ detect?: DetectFn }>(join(here, '..', 'lib', 'core', 'detect', 'index.ts'));
  if (typeof mod.detect !== 'function') throw new Error('lib/core/detect/index.ts must export detect(text, options) to compile the index');
  return mod.detect;
}

/** Compiles data/ into the index module source (exported for the size script and tests). */
export async function compileIndexSource(dataDir = here): Promise<string> {
  const index = compileIndex(loadCatalogue(dataDir), await loadDetect());
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(index))});`;
}

/**
 * The plugin: resolves the virtual id and compiles on load; edits under data/ trigger a rebuild.
 * In `build` mode it also compiles at buildStart, so a wrong catalogue entry fails the build even
 * for a bundle that does not import the index. Test and dev servers compile only on import, so a
 * catalogue error fails the tests that use the index without stopping everyone else's.
 */
export function mcxrefIndex(options: { dataDir?: string } = {}): Plugin {
  const dataDir = options.dataDir ?? here;
  let source: Promise<string> | undefined;
  let isBuild = false;
  return {
    name: 'mcxref-index',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    async buildStart() {
      source = undefined;
      if (isBuild) await (source = compileIndexSource(dataDir));
    },
    watchChange() {
      source = undefined;
    },
    resolveId(id) {
      return id === INDEX_MODULE_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of catalogueFiles(dataDir)) this.addWatchFile(file);
      return (source ??= compileIndexSource(dataDir));
    },
  };
}
