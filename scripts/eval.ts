/**
 * `npm run eval`: precision and recall of lib/detect over the labelled corpus in
 * tests/fixtures/corpus, by kind and by language. Each excerpt is run without a language hint, as a
 * page whose language is unknown would be.
 */
import { detect } from '../lib/detect';
import { evaluate, formatReport } from '../lib/detect/evaluation';
import { loadCorpus } from '../lib/detect/test-support/corpus';

const corpus = loadCorpus();
const report = evaluate(corpus, (e) => detect(e.text).map((c) => c.id));
console.log(formatReport(report, corpus.length));
