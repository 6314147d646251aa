import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Excerpt } from '../evaluation';
import { isLang, LANGS } from '../../lang';

/** Where the labelled corpus lives, from the repository root. */
export const CORPUS_DIR = 'tests/fixtures/corpus';

/**
 * Reads one corpus file: header lines "lang:", "source:", "expect:" (ids separated by commas, one
 * per printed citation, empty for a page of pure negatives), a line "---", then the text verbatim.
 */
export function parseExcerpt(name: string, raw: string): Excerpt {
  const sep = raw.indexOf('\n---\n');
  if (sep < 0) throw new Error(`${name}: missing the "---" line between the header and the text`);
  const header = new Map<string, string>();
  for (const line of raw.slice(0, sep).split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) header.set(line.slice(0, i).trim(), line.slice(i + 1).trim());
  }
  const lang = header.get('lang');
  if (!isLang(lang)) throw new Error(`${name}: "lang:" must be one of ${LANGS.join(', ')}`);
  const expect = (header.get('expect') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return { name, lang, source: header.get('source') ?? '', expect, text: raw.slice(sep + 5) };
}

/** Every excerpt of the corpus, in file-name order. */
export function loadCorpus(root = process.cwd()): Excerpt[] {
  const dir = join(root, CORPUS_DIR);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseExcerpt(f, readFileSync(join(dir, f), 'utf8')));
}
