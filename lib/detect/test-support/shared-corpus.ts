import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isLang } from '../../lang';
import type { Excerpt } from '../evaluation';

/**
 * The real-page corpus shared beside the repository (`../shared/corpus`: pages, labels.json,
 * README.md), read where it lies and never copied into the repository. Every page whose language
 * is one of the six is loaded; the ids come from labels.json (one per printed citation).
 */

interface RawRecord {
  file: string;
  source: string;
  lang: string;
  citations: { id: string }[];
}

/** Where the shared corpus lives for a repository at `root` (worktrees and CI have ../shared beside the clone). */
export function sharedCorpusDir(root = process.cwd()): string {
  return resolve(root, '..', 'shared', 'corpus');
}

export function sharedCorpusPresent(root = process.cwd()): boolean {
  return existsSync(join(sharedCorpusDir(root), 'labels.json'));
}

/** The page body: the file after its "SOURCE:" line and the blank line, without the final newline. */
export function pageBody(raw: string): string {
  const body = raw.replace(/^SOURCE:[^\n]*\n\n?/, '');
  return body.endsWith('\n') ? body.slice(0, -1) : body;
}

/** The shared corpus's pages as excerpts, or [] when it is absent. */
export function loadSharedCorpus(root = process.cwd()): Excerpt[] {
  if (!sharedCorpusPresent(root)) return [];
  const dir = sharedCorpusDir(root);
  const records = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as RawRecord[];
  return records
    .filter((r) => isLang(r.lang))
    .map((r) => ({
      name: r.file.replace(/^pages\//, ''),
      lang: r.lang as Excerpt['lang'],
      source: r.source,
      expect: r.citations.map((c) => c.id),
      text: pageBody(readFileSync(join(dir, r.file), 'utf8')),
    }));
}
