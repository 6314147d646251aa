import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The PDF.js data files the reader page loads, copied from pdfjs-dist into the build under
 * `pdfjs/`. Left out on purpose: the scripting sandbox (pdf.sandbox, quickjs-eval), since the
 * reader never runs a PDF's JavaScript.
 */
export function pdfjsAssets(root = resolve(import.meta.dirname, '..', 'node_modules', 'pdfjs-dist')): Array<{ absoluteSrc: string; relativeDest: string }> {
  const out: Array<{ absoluteSrc: string; relativeDest: string }> = [];
  for (const dir of ['cmaps', 'standard_fonts', 'iccs', 'wasm']) {
    for (const name of readdirSync(resolve(root, dir))) {
      if (dir === 'wasm' && (name.startsWith('quickjs') || !/\.(wasm|js)$/.test(name))) continue;
      out.push({ absoluteSrc: resolve(root, dir, name), relativeDest: `pdfjs/${dir}/${name}` });
    }
  }
  return out;
}
