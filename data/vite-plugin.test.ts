import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { INDEX_MODULE_ID, mcxrefIndex } from './vite-plugin';

// Real Vite builds of a one-line entry that imports the index, over a copy of data/.
const work = mkdtempSync(join(tmpdir(), 'mcxref-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copyData(name: string): string {
  const dir = join(work, name);
  cpSync(join(import.meta.dirname, 'catalogue'), join(dir, 'catalogue'), { recursive: true });
  cpSync(join(import.meta.dirname, 'notes'), join(dir, 'notes'), { recursive: true });
  return dir;
}

async function buildWith(dataDir: string): Promise<string> {
  const entry = join(work, 'entry.js');
  writeFileSync(entry, `import index from '${INDEX_MODULE_ID}';\nexport const size = Object.keys(index.articles).length;\n`);
  const out = join(dataDir, 'out');
  await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [mcxrefIndex({ dataDir })],
    build: { lib: { entry, formats: ['es'], fileName: 'entry' }, outDir: out, minify: false, write: true },
  });
  return readFileSync(join(out, 'entry.js'), 'utf8');
}

describe('mcxrefIndex Vite plugin', () => {
  it('bundles the compiled index as virtual:mcxref-index', async () => {
    const bundle = await buildWith(copyData('good'));
    expect(bundle).toContain('UNEP/MC/COP.6/INF/28');
    expect(bundle).toContain('cop6-cooperation-fr');
  });

  it('fails the build with a message naming the entry and the field', async () => {
    const dir = copyData('bad');
    const file = join(dir, 'catalogue', 'resolutions.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { resolutions: Array<{ symbol: string }> };
    data.resolutions[1]!.symbol = 'UNEP/EA.6/res.4';
    writeFileSync(file, JSON.stringify(data));
    await expect(buildWith(dir)).rejects.toThrow(
      'data/catalogue/resolutions.json › UNEP/EA.6/res.4 › symbol: is not a canonical resolution symbol',
    );
  });
});
