/**
 * Reads the catalogue and the notes from disk into a CompileInput. Kept apart from compile.ts so
 * that the compile step stays pure; the Vite plugin and scripts/size-index.ts use this.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompileInput, NoteInput } from './compile';
import { CatalogueError } from './compile.ts';
import { CATALOGUE_FILES, type CatalogueFileName } from './schema.ts';

function readJson(path: string, label: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (err) {
    problems.push(`${label}: cannot be read as JSON (${(err as Error).message})`);
    return undefined;
  }
}

/**
 * Loads data/catalogue/<name>.json for every catalogue file and every data/notes/<name>.txt with
 * its <name>.json metadata. Adding a note is adding those two files.
 */
export function loadCatalogue(dataDir: string): CompileInput {
  const problems: string[] = [];
  const catalogue = {} as Record<CatalogueFileName, unknown>;
  for (const name of Object.keys(CATALOGUE_FILES) as CatalogueFileName[]) {
    catalogue[name] = readJson(join(dataDir, 'catalogue', `${name}.json`), `data/catalogue/${name}.json`, problems);
  }
  const notes: NoteInput[] = [];
  const notesDir = join(dataDir, 'notes');
  for (const file of readdirSync(notesDir).filter((f) => f.endsWith('.txt')).sort()) {
    const metaFile = file.replace(/\.txt$/, '.json');
    if (!existsSync(join(notesDir, metaFile))) {
      problems.push(`data/notes/${file}: needs its metadata file data/notes/${metaFile} (key, title, lang, symbol, meeting)`);
      continue;
    }
    const meta = readJson(join(notesDir, metaFile), `data/notes/${metaFile}`, problems);
    notes.push({ file: metaFile, meta, text: readFileSync(join(notesDir, file), 'utf8') });
  }
  if (problems.length) throw new CatalogueError(problems);
  return { catalogue, notes };
}

/** Every file the compiled index depends on, so a dev server can rebuild when one changes. */
export function catalogueFiles(dataDir: string): string[] {
  const notesDir = join(dataDir, 'notes');
  return [
    ...Object.keys(CATALOGUE_FILES).map((n) => join(dataDir, 'catalogue', `${n}.json`)),
    ...readdirSync(notesDir).map((f) => join(notesDir, f)),
  ];
}
