/**
 * The compile step: catalogue JSON + note texts + the detector → the compiled index the extension
 * ships. Pure (no file system), so the Vite plugin, the size script and the tests all run the same
 * code. It throws a CatalogueError listing every problem, each naming file, entry and field.
 */
import * as v from 'valibot';
import type { Citation, DetectOptions } from '../lib/core/detect/types';
import type { CitedIn, CompiledIndex, CompiledNote, Words } from '../lib/core/index/compiled';
import { crossCheck, type ParsedCatalogue } from './checks.ts';
import { excerpt, layoutNote, paragraphAt } from './note-structure.ts';
import { CATALOGUE_FILES, NoteMeta, type CatalogueFileName, type NoteMetaT } from './schema.ts';

/** The detector's signature (lib/core/detect), passed in so the compile step stays testable. */
export type DetectFn = (text: string, options?: DetectOptions) => Citation[];

/** One note as read from data/notes: `<name>.txt` and its `<name>.json` metadata. */
export interface NoteInput {
  /** File name, for error messages. */
  file: string;
  meta: unknown;
  text: string;
}

export interface CompileInput {
  /** The parsed JSON of each data/catalogue/<name>.json. */
  catalogue: Record<CatalogueFileName, unknown>;
  notes: NoteInput[];
}

/** The catalogue or a note is wrong; `problems` lists each one. */
export class CatalogueError extends Error {
  constructor(readonly problems: string[]) {
    super(`The reference catalogue has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'CatalogueError';
  }
}

// The field that names an entry in each list, so messages say "UNEP/EA.6/Res.3", not "[2]".
const IDENTITY = ['symbol', 'id', 'key', 'n', 'letter'] as const;

function entryName(raw: unknown, path: readonly PropertyKey[]): { entry: string; field: string } {
  let node: unknown = raw;
  for (let i = 0; i < path.length; i++) {
    node = (node as Record<PropertyKey, unknown> | undefined)?.[path[i] as string];
    if (typeof path[i] === 'number' && node && typeof node === 'object') {
      const rec = node as Record<string, unknown>;
      const id = IDENTITY.map((k) => rec[k]).find((x) => typeof x === 'string' || typeof x === 'number');
      const list = String(path[i - 1] ?? '');
      return { entry: `${list}[${String(path[i])}]${id !== undefined ? ` (${String(id)})` : ''}`, field: path.slice(i + 1).join('.') || '(entry)' };
    }
  }
  return { entry: String(path[0] ?? '(file)'), field: path.slice(1).join('.') || '(file)' };
}

function issuesOf(file: string, raw: unknown, issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = issue.path?.map((item) => item.key as PropertyKey) ?? [];
    const { entry, field } = entryName(raw, path);
    return `${file} › ${entry} › ${field}: ${issue.message}`;
  });
}

function parseCatalogue(input: CompileInput, problems: string[]): ParsedCatalogue | null {
  const out: Partial<Record<CatalogueFileName, unknown>> = {};
  for (const name of Object.keys(CATALOGUE_FILES) as CatalogueFileName[]) {
    const raw = input.catalogue[name];
    const result = v.safeParse(CATALOGUE_FILES[name], raw);
    if (result.success) out[name] = result.output;
    else problems.push(...issuesOf(`data/catalogue/${name}.json`, raw, result.issues));
  }
  return problems.length ? null : (out as unknown as ParsedCatalogue);
}

function parseNotes(notes: readonly NoteInput[], problems: string[]): Array<{ meta: NoteMetaT; text: string }> {
  const out: Array<{ meta: NoteMetaT; text: string }> = [];
  for (const note of notes) {
    const result = v.safeParse(NoteMeta, note.meta);
    if (!result.success) problems.push(...issuesOf(`data/notes/${note.file}`, note.meta, result.issues));
    else if (!note.text.trim()) problems.push(`data/notes/${note.file} › text: the note text is empty`);
    else if (out.some((n) => n.meta.key === result.output.key)) problems.push(`data/notes/${note.file} › key: "${result.output.key}" is used by another note`);
    else out.push({ meta: result.output, text: note.text });
  }
  return out;
}

/** Runs the detector over one note and records where each id is cited. */
function citationsOf(key: string, meta: NoteMetaT, text: string, detect: DetectFn): Array<[string, CitedIn]> {
  const layout = layoutNote(text);
  const out: Array<[string, CitedIn]> = [];
  // A note may be in any language of the Convention; detect() takes a language it has no grammar
  // for as no hint and guesses, so the cast cannot make it misread a note.
  for (const c of detect(layout.text, { lang: meta.lang as DetectOptions['lang'] })) {
    const p = paragraphAt(layout, c.start);
    if (!p) continue;
    out.push([
      c.id,
      {
        note: key,
        id: c.id,
        place: p.place,
        excerpt: excerpt(p, c.start, c.end),
      },
    ]);
  }
  return out;
}

const keyed = <T, K extends string | number>(list: readonly T[], key: (t: T) => K): Record<string, T> =>
  Object.fromEntries(list.map((t) => [String(key(t)), t]));

// Catalogue-only fields (sources, gap reasons) stay out of the shipped index.
function strip<T extends object>(entry: T, ...drop: string[]): T {
  const copy = { ...entry } as Record<string, unknown>;
  for (const d of ['sources', 'titleGaps', 'nameGaps', ...drop]) delete copy[d];
  return copy as T;
}

/** Validates the catalogue and notes, runs `detect` over each note and returns the compiled index. */
export function compileIndex(input: CompileInput, detect: DetectFn): CompiledIndex {
  const problems: string[] = [];
  const cat = parseCatalogue(input, problems);
  const notes = parseNotes(input.notes, problems);
  if (cat) problems.push(...crossCheck(cat, new Set(notes.map((n) => n.meta.key))));
  if (!cat || problems.length) throw new CatalogueError(problems);

  const cited: Record<string, CitedIn[]> = {};
  const compiledNotes: Record<string, CompiledNote> = {};
  for (const { meta, text } of notes) {
    compiledNotes[meta.key] = { key: meta.key, title: meta.title, lang: meta.lang, symbol: meta.symbol, meeting: meta.meeting };
    for (const [id, where] of citationsOf(meta.key, meta, text, detect)) (cited[id] ??= []).push(where);
  }
  const titles = (t: Words): Words => ({ ...t });
  return {
    version: 1,
    convention: { titles: titles(cat.convention.convention.titles), adopted: cat.convention.convention.adopted, inForce: cat.convention.convention.inForce },
    articles: keyed(cat.convention.articles.map((a) => strip(a)), (a) => a.n),
    annexes: keyed(cat.convention.annexes.map((a) => strip(a)), (a) => a.letter),
    meetings: keyed(cat.meetings.meetings.map((m) => strip(m)), (m) => m.key),
    agendaItems: Object.fromEntries(cat.documents.agendaItems.map((a) => [a.key, { titles: titles(a.titles) }])),
    documents: keyed(cat.documents.documents.map((d) => strip(d)), (d) => d.symbol),
    resolutions: keyed(cat.resolutions.resolutions.map((r) => strip(r)), (r) => r.symbol),
    decisions: keyed(cat.decisions.decisions.map((d) => strip(d)), (d) => d.id),
    bodies: keyed(cat.bodies.bodies.map((b) => strip(b)), (b) => b.key),
    notes: compiledNotes,
    cited,
  };
}
