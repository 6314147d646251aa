import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedCorpusPresent } from './test-support/shared-corpus';
import { latinSnapshot, SNAPSHOT_FILE } from './test-support/snapshot';

/**
 * English, French and Spanish results on our corpus and on ../shared/corpus, compared with the
 * snapshot taken before the engine learnt Russian, Chinese and Arabic: more languages must not
 * change what the Latin-script grammars find, id or span.
 */
describe('en/fr/es results are unchanged by the six-language engine', () => {
  const all = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as Record<string, string[]>;
  // Without ../shared beside the repository (a bare clone), only our corpus is compared.
  const shared = sharedCorpusPresent();
  const before = Object.fromEntries(Object.entries(all).filter(([k]) => shared || k.startsWith('ours/')));
  const now = latinSnapshot();
  it('covers both corpora', () => {
    expect(Object.keys(before).some((k) => k.startsWith('ours/'))).toBe(true);
    expect(Object.keys(now).sort()).toEqual(Object.keys(before).sort());
  });
  it.each(Object.keys(before))('%s', (key) => {
    expect(now[key]).toEqual(before[key]);
  });
});
