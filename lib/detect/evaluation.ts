import { LANGS } from '../lang';
import type { CitationKind, DetectLang } from './types';

/**
 * Precision and recall of the detector over a labelled corpus. A corpus excerpt lists the ids it
 * cites, once per printed citation; found and expected ids are compared as multisets per excerpt,
 * so a citation found twice where it is printed once is one false positive.
 */

/** One labelled excerpt. */
export interface Excerpt {
  name: string;
  lang: DetectLang;
  source: string;
  expect: string[];
  text: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
}

export interface Report {
  overall: Score;
  byKind: Record<CitationKind, Score>;
  byLang: Record<DetectLang, Score>;
  /** Per excerpt, the ids missed and the ids found in excess, for reading the errors. */
  errors: { name: string; missed: string[]; extra: string[] }[];
}

/** The kind of a canonical id, from its shape. */
export function kindOfId(id: string): CitationKind {
  if (id.startsWith('minamata:')) return 'article';
  if (id.startsWith('MC-')) return 'decision';
  if (id.startsWith('UNEP/EA.')) return 'resolution';
  return 'document';
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function score(c: Counts): Score {
  // An empty denominator means nothing was there to get wrong.
  return { ...c, precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp), recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn) };
}

/** Scores `found(excerpt)` (the ids the detector returned) against each excerpt's labels. */
export function evaluate(corpus: readonly Excerpt[], found: (e: Excerpt) => string[]): Report {
  const overall = empty();
  const byKind = { document: empty(), article: empty(), resolution: empty(), decision: empty() };
  const byLang = Object.fromEntries(LANGS.map((l) => [l, empty()])) as Record<DetectLang, Counts>;
  const errors: Report['errors'] = [];
  for (const e of corpus) {
    const left = new Map<string, number>();
    for (const id of e.expect) left.set(id, (left.get(id) ?? 0) + 1);
    const extra: string[] = [];
    const add = (id: string, key: keyof Counts): void => {
      overall[key]++;
      byKind[kindOfId(id)][key]++;
      byLang[e.lang][key]++;
    };
    for (const id of found(e)) {
      const n = left.get(id) ?? 0;
      if (n > 0) {
        left.set(id, n - 1);
        add(id, 'tp');
      } else {
        extra.push(id);
        add(id, 'fp');
      }
    }
    const missed: string[] = [];
    for (const [id, n] of left) for (let i = 0; i < n; i++) {
      missed.push(id);
      add(id, 'fn');
    }
    if (missed.length || extra.length) errors.push({ name: e.name, missed, extra });
  }
  const map = <K extends string>(r: Record<K, Counts>): Record<K, Score> =>
    Object.fromEntries(Object.entries<Counts>(r).map(([k, v]) => [k, score(v)])) as Record<K, Score>;
  return { overall: score(overall), byKind: map(byKind), byLang: map(byLang), errors };
}

/** The report as aligned text lines for the terminal. */
export function formatReport(r: Report, excerpts: number): string {
  const row = (label: string, s: Score): string =>
    `${label.padEnd(12)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  const lines = [`Corpus: ${excerpts} excerpts`, row('overall', r.overall), '', 'By kind:'];
  for (const [k, s] of Object.entries(r.byKind)) lines.push(row(`  ${k}`, s));
  lines.push('', 'By language:');
  for (const [k, s] of Object.entries(r.byLang)) lines.push(row(`  ${k}`, s));
  if (r.errors.length) {
    lines.push('', 'Errors:');
    for (const e of r.errors) lines.push(`  ${e.name}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}]`);
  }
  return lines.join('\n');
}
