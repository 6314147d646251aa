import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Every source module the entry reaches through value imports (type-only imports do not bundle). */
function reached(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [resolve(ROOT, entry)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(IMPORT)) {
      const base = resolve(dirname(file), m[1]!);
      const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p) && !p.endsWith('.css') && /\.tsx?$/.test(p));
      if (found) stack.push(found);
    }
  }
  return new Set([...seen].map((f) => relative(ROOT, f)));
}

describe('what the content script bundles', () => {
  const modules = reached('entrypoints/content/index.ts');

  it('reaches the detector (a check that the walk follows imports)', () => {
    expect(modules).toContain('lib/core/detect/detector.ts');
    expect(modules).toContain('lib/core/detect/grammar/en.ts');
  });

  it('leaves out the Russian, Chinese and Arabic tables, which lib/page/grammars.ts loads on demand', () => {
    for (const lazy of ['lib/core/detect/grammar/ru.ts', 'lib/core/detect/grammar/zh.ts', 'lib/core/detect/grammar/ar.ts', 'lib/core/detect/grammar/other-scripts.ts', 'lib/core/detect/index.ts']) {
      expect(modules, lazy).not.toContain(lazy);
    }
  });

  it('the grammars bundle holds the tables and no detector code', () => {
    const bundle = reached('entrypoints/grammars.ts');
    expect(bundle).toContain('lib/core/detect/grammar/ru.ts');
    expect([...bundle].filter((m) => m.startsWith('lib/') && !m.startsWith('lib/core/detect/grammar/'))).toEqual([]);
  });
});
