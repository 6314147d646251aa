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

  it('reaches the prefilter and the watcher (a check that the walk follows imports)', () => {
    expect(modules).toContain('lib/page/watcher.ts');
    expect(modules).toContain('lib/core/detect/anchors.ts');
    expect(modules).toContain('lib/core/detect/grammar/en.ts');
  });

  it('leaves out the page engine (detector, scanner, highlighter, session, card), which lib/page/engine-loader.ts loads on demand', () => {
    const engineOnly = ['lib/core/detect/detector.ts', 'lib/page/session.ts', 'lib/page/scanner.ts', 'lib/page/highlighter.ts', 'lib/page/segments.ts', 'lib/page/grammars.ts', 'lib/page/engine.ts', 'lib/card/controller.ts', 'lib/card/port.ts'];
    for (const lazy of engineOnly) expect(modules, lazy).not.toContain(lazy);
    expect([...modules].filter((m) => m.startsWith('lib/core/detect/') && !['anchors.ts', 'normalise.ts', 'types.ts'].includes(m.slice('lib/core/detect/'.length)) && !m.startsWith('lib/core/detect/grammar/'))).toEqual([]);
  });

  it('leaves out the Russian, Chinese and Arabic tables, which lib/page/grammars.ts loads on demand', () => {
    for (const lazy of ['lib/core/detect/grammar/ru.ts', 'lib/core/detect/grammar/zh.ts', 'lib/core/detect/grammar/ar.ts', 'lib/core/detect/grammar/other-scripts.ts', 'lib/core/detect/index.ts']) {
      expect(modules, lazy).not.toContain(lazy);
    }
  });

  it('the page engine bundle holds the detector and the session, without the other scripts\' tables', () => {
    const engine = reached('entrypoints/page-engine.ts');
    expect(engine).toContain('lib/core/detect/detector.ts');
    expect(engine).toContain('lib/page/session.ts');
    expect(engine).toContain('lib/card/controller.ts');
    for (const lazy of ['lib/core/detect/grammar/ru.ts', 'lib/core/detect/grammar/other-scripts.ts', 'lib/card/ui/index.ts']) expect(engine, lazy).not.toContain(lazy);
  });

  it('the grammars bundle holds the tables and no detector code', () => {
    const bundle = reached('entrypoints/grammars.ts');
    expect(bundle).toContain('lib/core/detect/grammar/ru.ts');
    expect([...bundle].filter((m) => m.startsWith('lib/') && !m.startsWith('lib/core/detect/grammar/'))).toEqual([]);
  });
});
