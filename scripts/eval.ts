/**
 * `npm run eval`: precision and recall of lib/core/detect, by kind and by language, over our own labelled
 * corpus (tests/fixtures/corpus) and, when it is present beside the repository, the shared corpus of
 * real pages (../shared/corpus, all six languages). Each excerpt is run without a language hint, as a page
 * whose language is unknown would be.
 *
 *   npm run eval                      both corpora, misses and false hits by id
 *   npm run eval -- --details         every miss and false hit in its context
 *   npm run eval -- --explain "text"  what the detector finds in a text, and why
 */
import { detect } from '../lib/core/detect';
import { explain } from '../lib/core/detect/explain';
import { evaluate, formatReport } from '../lib/core/detect/evaluation';
import { loadCorpus } from '../lib/core/detect/test-support/corpus';
import { loadSharedCorpus, sharedCorpusDir } from '../lib/core/detect/test-support/shared-corpus';

const args = process.argv.slice(2);
const at = args.indexOf('--explain');
if (at >= 0) {
  const text = args[at + 1];
  if (text === undefined) {
    console.error('Usage: npm run eval -- --explain "<text>"');
    process.exit(2);
  }
  console.log(explain(text));
} else {
  const details = args.includes('--details');
  const found = (e: { text: string }) => detect(e.text).map((c) => ({ id: c.id, start: c.start, end: c.end }));
  const own = loadCorpus();
  console.log(formatReport(evaluate(own, found), 'Own corpus (tests/fixtures/corpus)', details));
  const shared = loadSharedCorpus();
  console.log('');
  if (shared.length === 0) console.log(`Shared corpus: not found at ${sharedCorpusDir()}`);
  else console.log(formatReport(evaluate(shared, found), `Shared corpus (${sharedCorpusDir()})`, details));
}
