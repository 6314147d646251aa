import { detect } from '../index';
import { loadCorpus } from './corpus';
import { loadSharedCorpus } from './shared-corpus';

/** Where the en/fr/es snapshot is kept, from the repository root. */
export const SNAPSHOT_FILE = 'tests/fixtures/latin-snapshot.json';

const LATIN = ['en', 'fr', 'es'];

/**
 * What the detector finds on every English, French and Spanish excerpt of both corpora, without a
 * language hint (as `npm run eval` runs it) and with the excerpt's language as the hint (as a page
 * declaring its language does), as "id@start-end" per excerpt.
 */
export function latinSnapshot(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const corpora = [
    ['ours', loadCorpus()],
    ['shared', loadSharedCorpus()],
  ] as const;
  for (const [where, excerpts] of corpora) {
    for (const e of excerpts) {
      if (!LATIN.includes(e.lang)) continue;
      out[`${where}/${e.name}`] = detect(e.text).map((c) => `${c.id}@${c.start}-${c.end}`);
      out[`${where}/${e.name}#${e.lang}`] = detect(e.text, { lang: e.lang }).map((c) => `${c.id}@${c.start}-${c.end}`);
    }
  }
  return out;
}
