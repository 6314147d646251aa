/**
 * `npm run size:index`: compiles the index exactly as the build does and prints its size raw and
 * gzipped, against the 60 KB gzip budget of issue 4. Exits non-zero when the catalogue is wrong or
 * the budget is exceeded.
 */
import { gzipSync } from 'node:zlib';
import { compileIndexSource } from './vite-plugin';

/** The gzip budget for the compiled index module, in bytes. */
export const INDEX_GZIP_BUDGET = 60 * 1024;

const source = await compileIndexSource();
const raw = Buffer.byteLength(source, 'utf8');
const gz = gzipSync(source, { level: 9 }).byteLength;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
console.log(`virtual:mcxref-index: ${kb(raw)} raw, ${kb(gz)} gzipped (budget ${kb(INDEX_GZIP_BUDGET)})`);
if (gz > INDEX_GZIP_BUDGET) {
  console.error('The compiled index is over its gzip budget: shorten summaries or split the index.');
  process.exit(1);
}
