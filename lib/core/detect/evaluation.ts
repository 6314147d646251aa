import { LANGS } from '../lang';
import type { CitationKind, DetectLang } from './types';

/**
 * Precision and recall of the detector over a labelled corpus. An excerpt lists the ids it cites,
 * once per printed citation (with their spans where the corpus has them); found and expected ids
 * are compared as multisets per excerpt, so a citation found twice where it is printed once is one
 * false positive. Where spans are known, a found id is matched to the label it overlaps first, so
 * the misses reported are the ones really missed.
 */

/** One expected citation; `start`/`end` are UTF-16 offsets when the corpus gives them. */
export interface Label {
  id: string;
  start?: number;
  end?: number;
}

/** One labelled excerpt. */
export interface Excerpt {
  name: string;
  lang: DetectLang;
  source: string;
  expect: string[];
  text: string;
  /** The same ids as `expect`, with spans (the shared corpus has them; ours does not). */
  labels?: Label[];
}

/** One citation the detector returned. */
export interface Found {
  id: string;
  start: number;
  end: number;
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

export interface ExcerptErrors {
  name: string;
  text: string;
  missed: Label[];
  extra: Found[];
}

export interface Report {
  excerpts: number;
  overall: Score;
  byKind: Record<CitationKind, Score>;
  byLang: Record<DetectLang, Score>;
  /** By language: the pages without any citation, and the false hits on them. */
  negatives: Record<DetectLang, { pages: number; fp: number }>;
  /** Per excerpt, the labels missed and the citations found in excess, for reading the errors. */
  errors: ExcerptErrors[];
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

const overlaps = (l: Label, f: Found): boolean => l.start !== undefined && l.end !== undefined && l.start < f.end && f.start < l.end;

/** Scores `found(excerpt)` (the citations the detector returned) against each excerpt's labels. */
export function evaluate(corpus: readonly Excerpt[], found: (e: Excerpt) => Found[]): Report {
  const overall = empty();
  const byKind = { document: empty(), article: empty(), resolution: empty(), decision: empty() };
  const byLang = Object.fromEntries(LANGS.map((l) => [l, empty()])) as Record<DetectLang, Counts>;
  const negatives = Object.fromEntries(LANGS.map((l) => [l, { pages: 0, fp: 0 }])) as Report['negatives'];
  const errors: Report['errors'] = [];
  for (const e of corpus) {
    const left: Label[] = e.labels ? [...e.labels] : e.expect.map((id) => ({ id }));
    const add = (id: string, key: keyof Counts): void => {
      overall[key]++;
      byKind[kindOfId(id)][key]++;
      byLang[e.lang][key]++;
    };
    const extra: Found[] = [];
    const hits = found(e);
    // Overlapping matches first, so that a citation found elsewhere does not hide a real miss.
    const unmatched: Found[] = [];
    for (const f of hits) {
      const i = left.findIndex((l) => l.id === f.id && overlaps(l, f));
      if (i >= 0) {
        left.splice(i, 1);
        add(f.id, 'tp');
      } else unmatched.push(f);
    }
    for (const f of unmatched) {
      const i = left.findIndex((l) => l.id === f.id);
      if (i >= 0) {
        left.splice(i, 1);
        add(f.id, 'tp');
      } else {
        extra.push(f);
        add(f.id, 'fp');
      }
    }
    for (const l of left) add(l.id, 'fn');
    if (e.expect.length === 0) {
      negatives[e.lang].pages++;
      negatives[e.lang].fp += extra.length;
    }
    if (left.length || extra.length) errors.push({ name: e.name, text: e.text, missed: left, extra });
  }
  const map = <K extends string>(r: Record<K, Counts>): Record<K, Score> =>
    Object.fromEntries(Object.entries<Counts>(r).map(([k, v]) => [k, score(v)])) as Record<K, Score>;
  return { excerpts: corpus.length, overall: score(overall), byKind: map(byKind), byLang: map(byLang), negatives, errors };
}

/** The text around a span on one line, the span in ⟦brackets⟧. */
export function inContext(text: string, start: number, end: number, width = 50): string {
  const flat = (s: string): string => s.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, start - width), start));
  const after = flat(text.slice(end, end + width));
  return `…${before}⟦${flat(text.slice(start, end))}⟧${after}…`;
}

/** The report as aligned text lines for the terminal; with `details`, every miss and false hit in context. */
export function formatReport(r: Report, title: string, details = false): string {
  const row = (label: string, s: Score): string =>
    `${label.padEnd(12)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  const lines = [`${title}: ${r.excerpts} excerpts`, row('overall', r.overall), '', 'By kind:'];
  for (const [k, s] of Object.entries(r.byKind)) lines.push(row(`  ${k}`, s));
  lines.push('', 'By language:');
  for (const [k, s] of Object.entries(r.byLang)) {
    const neg = r.negatives[k as DetectLang];
    lines.push(`${row(`  ${k}`, s)}  citation-free pages ${neg.pages}, false hits on them ${neg.fp}`);
  }
  if (r.errors.length) {
    lines.push('', details ? 'Errors:' : 'Errors (npm run eval -- --details shows each in context):');
    for (const e of r.errors) {
      if (!details) {
        lines.push(`  ${e.name}: missed [${e.missed.map((m) => m.id).join(', ')}] extra [${e.extra.map((f) => f.id).join(', ')}]`);
        continue;
      }
      lines.push(`  ${e.name}`);
      for (const m of e.missed) {
        const where = m.start !== undefined && m.end !== undefined ? `  ${inContext(e.text, m.start, m.end)}` : '';
        lines.push(`    missed ${m.id}${where}`);
      }
      for (const f of e.extra) lines.push(`    extra  ${f.id}  ${inContext(e.text, f.start, f.end)}`);
    }
  }
  return lines.join('\n');
}
