/**
 * `npm run bench:detect`: detector throughput on (a) 5 MB of prose without citations and (b) 5 MB
 * of citation-dense text (the seed note repeated), each beside the floor: one pass of a single
 * combined literal regex of the anchor words over the same text, in the same run. Also the worst
 * adversarial inputs, as MB/s. Each figure is the median of several runs after a warm-up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { detect } from '../lib/core/detect';
import { anchorScanner, FLOOR_SOURCE } from '../lib/core/detect/anchors';
import { scriptsIn } from '../lib/core/detect/grammar';
import { parseExcerpt } from '../lib/core/detect/test-support/corpus';

const MB = 1 << 20;
const SIZE = 5 * MB;
const RUNS = 7;

const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

// Ordinary newsroom prose: no citations, but the occasional "article", "decision" and "part" a real page has.
const SENTENCES = [
  'The committee met on Tuesday to review the budget for the coming year and approved it after a long debate.',
  'Rainfall in the northern provinces was twice the seasonal average, and several roads were closed for a week.',
  'This article was updated at 14:05 with comments from the ministry, which declined to give further details.',
  'Analysts said the decision to raise interest rates had been expected, though the timing surprised some traders.',
  'Most of the new housing is in the eastern part of the city, where land prices rose by 12 percent in 2024.',
  'Teachers asked for smaller classes; the union will hold a vote on the offer before the end of the month.',
];
let prose = '';
for (let i = 0; prose.length < SIZE; i++) prose += SENTENCES[(i * 7) % SENTENCES.length] + (i % 5 === 4 ? '\n\n' : ' ');
prose = prose.slice(0, SIZE);

const note = parseExcerpt('seed', readFileSync('tests/fixtures/corpus/fr-00-seed-note.txt', 'utf8')).text;
const dense = fill(`${note}\n`, SIZE);

function median(f: () => unknown): number {
  f();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

function floor(text: string, source = FLOOR_SOURCE): number {
  const re = new RegExp(source, 'gi');
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

const mbps = (bytes: number, ms: number): string => `${(bytes / MB / (ms / 1000)).toFixed(0).padStart(6)} MB/s`;

function row(label: string, text: string, floorSource = FLOOR_SOURCE): void {
  let citations = 0;
  const tDetect = median(() => (citations = detect(text).length));
  const tFloor = median(() => floor(text, floorSource));
  console.log(
    `${label.padEnd(34)} detect ${mbps(text.length, tDetect)}  floor ${mbps(text.length, tFloor)}  ratio ${(tDetect / tFloor).toFixed(2)}x  (${citations} citations, ${tDetect.toFixed(1)} ms)`,
  );
}

console.log(`Node ${process.version}; text sizes ${SIZE / MB} MB; median of ${RUNS} runs`);
row('(a) prose without citations', prose);
row('(b) citation-dense (seed note)', dense);
// The same secretariat note in Russian, Chinese and Arabic (our corpus), 1 MB each: the other scripts' grammars at work.
for (const lang of ['ru', 'zh', 'ar']) {
  const file = readdirSync('tests/fixtures/corpus').find((f) => f.startsWith(`${lang}-01-`))!;
  const text = fill(`${parseExcerpt(file, readFileSync(`tests/fixtures/corpus/${file}`, 'utf8')).text}\n`, MB);
  // Its floor is the scan of the anchors of the scripts the text holds.
  row(`  (b) dense, ${lang} note, 1 MB`, text, anchorScanner(scriptsIn(text)).source);
}
console.log('\nAdversarial, 1 MB each:');
for (const [label, unit] of [
  ['"article " repeated', 'article '],
  ['"UNEP/MC/COP." repeated', 'UNEP/MC/COP.'],
  ['"6/" repeated', '6/'],
  ['digits and slashes', '1234567890/////'],
  ['"resolutions 6/3, " repeated', 'resolutions 6/3, '],
] as const) {
  row(`  ${label}`, fill(unit, MB));
}
