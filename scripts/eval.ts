/**
 * `npm run eval`: precision and recall of lib/detect over the labelled corpus in
 * tests/fixtures/corpus and, when it lies beside the repository, over ../shared/corpus (real pages),
 * by kind and by language (all six). Each excerpt is run without a language hint, as a page whose
 * language is unknown would be.
 */
import { detect } from '../lib/detect';
import { evaluate, formatReport } from '../lib/detect/evaluation';
import { loadCorpus } from '../lib/detect/test-support/corpus';
import { loadSharedCorpus, sharedCorpusDir } from '../lib/detect/test-support/shared-corpus';

for (const [title, corpus] of [
  ['Our corpus (tests/fixtures/corpus)', loadCorpus()],
  [`Shared corpus (${sharedCorpusDir()})`, loadSharedCorpus()],
] as const) {
  console.log(`== ${title}`);
  if (corpus.length === 0) {
    console.log('absent\n');
    continue;
  }
  const report = evaluate(corpus, (e) => detect(e.text).map((c) => c.id));
  console.log(`${formatReport(report, corpus.length)}\n`);
}
