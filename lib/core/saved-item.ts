/**
 * The shape and size limits of saved items, as valibot schemas. The background checks every
 * incoming message against them and the importer checks every file, so one definition decides
 * what may be written to the database.
 */
import * as v from 'valibot';
import { isCanonicalId, parseCanonicalId } from './ids';
import { CITATION_KINDS, type CitationKind } from './detect/types';

/** Limits that keep one message or one item from filling the disk or freezing the popup. */
export const LIMITS = {
  title: 500,
  url: 4096,
  pageTitle: 500,
  sentence: 1000,
  note: 10_000,
  tag: 50,
  tags: 30,
  pages: 200,
  /** How many ids one `saved/state` question may ask about (a long page has a few hundred). */
  stateIds: 5000,
  /** Items one `saved/head` answer may hold. */
  head: 500,
  /** Items in one import file. */
  items: 100_000,
} as const;

/** True when the citation kind the caller claims matches what the id is (annexes are article citations). */
export function kindMatchesId(kind: CitationKind, id: string): boolean {
  const parsed = parseCanonicalId(id);
  if (!parsed) return false;
  return parsed.kind === kind || (parsed.kind === 'annex' && kind === 'article');
}

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));
const time = v.pipe(v.number(), v.safeInteger(), v.minValue(0, 'must be a time (ms since 1970)'));

export const idSchema = v.pipe(v.string(), v.check((id: string) => isCanonicalId(id), 'is not a reference id this extension knows'));
export const kindSchema = v.picklist(CITATION_KINDS as CitationKind[], `must be one of ${CITATION_KINDS.join(', ')}`);
export const tagsSchema = v.pipe(
  // One line each: exports separate tags by line breaks (CSV) or give each its own line (RIS KW).
  v.array(v.pipe(text(LIMITS.tag), v.check((tag: string) => tag.trim() !== '', 'must not be empty'), v.check((tag: string) => !/[\r\n]/.test(tag), 'must be on one line'))),
  v.maxLength(LIMITS.tags, `must hold at most ${LIMITS.tags} tags`),
);
export const noteSchema = text(LIMITS.note);

const pageFields = {
  url: text(LIMITS.url),
  title: text(LIMITS.pageTitle),
  sentence: text(LIMITS.sentence),
};

export const savedPageSchema = v.object({ ...pageFields, savedAt: time });

export const saveInputSchema = v.pipe(
  v.object({ id: idSchema, kind: kindSchema, title: text(LIMITS.title), page: v.object(pageFields) }),
  v.check((input) => kindMatchesId(input.kind, input.id), 'kind does not match the id'),
);

export const savedItemSchema = v.pipe(
  v.object({
    id: idSchema,
    kind: kindSchema,
    title: text(LIMITS.title),
    savedAt: time,
    updatedAt: time,
    pages: v.pipe(v.array(savedPageSchema), v.maxLength(LIMITS.pages, `must hold at most ${LIMITS.pages} pages`)),
    note: noteSchema,
    tags: tagsSchema,
    noteUpdatedAt: v.optional(time),
    tagsUpdatedAt: v.optional(time),
  }),
  v.check((item) => kindMatchesId(item.kind, item.id), 'kind does not match the id'),
);

/** Turns the first valibot issue into "items[3].kind: must be one of …" for an error message. */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[], prefix = ''): string {
  const issue = issues[0];
  if (!issue) return prefix || 'invalid';
  const path = (issue.path ?? [])
    .map((step) => (typeof step.key === 'number' ? `[${step.key}]` : `.${String(step.key)}`))
    .join('');
  const where = `${prefix}${path}`.replace(/^\./, '');
  const missing = issue.kind === 'schema' && issue.input === undefined;
  const what = missing ? 'is missing' : issue.message;
  return where ? `${where}: ${what}` : what;
}

/** Cleans tags the reader typed: trimmed, inner spaces collapsed, empty and repeated ones dropped. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, LIMITS.tag);
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length === LIMITS.tags) break;
  }
  return out;
}
