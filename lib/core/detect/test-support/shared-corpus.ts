import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Excerpt, Label } from '../evaluation';
import { isLang } from '../../lang';
import type { DetectLang } from '../types';

/**
 * The real-page corpus shared beside the repository (`../shared/corpus`: pages, labels.json,
 * README.md). It is read where it lies and never copied into the repository. Every page whose
 * language is one of the six is loaded; labels.json offsets are code points (Python indices) and
 * are turned into UTF-16 offsets here.
 */

interface RawRecord {
  file: string;
  source: string;
  lang: string;
  citations: { id: string; start: number; end: number }[];
}

/** Where the shared corpus lives for a repository at `root` (CI and worktrees have ../shared beside the clone). */
export function sharedCorpusDir(root = process.cwd()): string {
  return resolve(root, '..', 'shared', 'corpus');
}

export function sharedCorpusPresent(root = process.cwd()): boolean {
  return existsSync(join(sharedCorpusDir(root), 'labels.json'));
}

/** UTF-16 offset of each code-point offset of `text` (index = code-point offset). */
function codePointOffsets(text: string): number[] {
  const out: number[] = [];
  let u = 0;
  for (const ch of text) {
    out.push(u);
    u += ch.length;
  }
  out.push(u);
  return out;
}

/** The page body: the file after its "SOURCE:" line and the blank line, without the final newline. */
export function pageBody(raw: string): string {
  const body = raw.replace(/^SOURCE:[^\n]*\n\n?/, '');
  return body.endsWith('\n') ? body.slice(0, -1) : body;
}

/** The shared corpus's pages in the six languages as excerpts, or [] when it is absent. */
export function loadSharedCorpus(root = process.cwd()): Excerpt[] {
  if (!sharedCorpusPresent(root)) return [];
  const dir = sharedCorpusDir(root);
  const records = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as RawRecord[];
  return records
    .filter((r) => isLang(r.lang))
    .map((r) => {
      const text = pageBody(readFileSync(join(dir, r.file), 'utf8'));
      const at = codePointOffsets(text);
      const labels: Label[] = r.citations.map((c) => ({ id: c.id, start: at[c.start]!, end: at[c.end]! }));
      return { name: r.file.replace(/^pages\//, ''), lang: r.lang as DetectLang, source: r.source, expect: labels.map((l) => l.id), text, labels };
    });
}
