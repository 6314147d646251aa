/**
 * The shape of the reference catalogue (data/catalogue/*.json) and of the note metadata
 * (data/notes/*.json). The catalogue is hand-written research, so the build validates it with these
 * schemas and refuses to ship an entry that breaks them.
 *
 * Honesty rule encoded here: `titles` (and body `names`) hold only wording seen in a cited source.
 * A language with no verified wording goes in `titleGaps` with the reason instead; the compile step
 * checks that every language is in exactly one of the two, so a gap is always a deliberate decision.
 * Titles may be given in any language of the Convention (lib/core/lang.ts); the languages the catalogue
 * is researched and written in (CATALOGUE_LANGS) must each have a title or a gap, and our own
 * `summary` / `contains` / `topic` texts must exist in each of them.
 */
import * as v from 'valibot';
import { LANGS, type Lang } from '../lib/core/lang.ts';
import { CATALOGUE_LANGS, type CatalogueLang } from '../lib/core/index/compiled.ts';

const trimmed = (what: string) =>
  v.pipe(
    v.string(),
    v.minLength(1, `${what} must not be empty`),
    v.check((s) => s.trim() === s, `${what} must not start or end with spaces`),
  );

const Text = trimmed('text');

/** The same schema for each language of `langs`, as valibot object entries. */
function perLang<L extends Lang, S>(langs: readonly L[], schema: S): Record<L, S> {
  return Object.fromEntries(langs.map((lang) => [lang, schema])) as Record<L, S>;
}

/** Optional text in every language of the Convention. */
const AnyLang = perLang(LANGS, v.optional(Text));

/** Our own wording: required in the catalogue's languages, optional in the other languages of the Convention. */
export const OwnWords = v.strictObject({ ...AnyLang, ...perLang<CatalogueLang, typeof Text>(CATALOGUE_LANGS, Text) });

/** Verified wording only; any language may be missing (see `titleGaps`). */
export const VerifiedWords = v.strictObject(AnyLang);

/** Why a language has no verified title, e.g. "ES heading not found in any source searched". */
export const Gaps = v.strictObject(AnyLang);

const Url = v.pipe(v.string(), v.url('must be an absolute URL'), v.startsWith('http', 'must be an http(s) URL'));

/** A note kept in data/notes, cited as a source by its key: `note:cop6-cooperation-fr`. */
const NoteSource = v.pipe(v.string(), v.regex(/^note:[a-z0-9-]+$/, 'must be an http(s) URL or note:<key>'));

/** Where each fact came from: web addresses, or `note:<key>` for a note kept in data/notes. */
export const Sources = v.pipe(
  v.array(v.union([Url, NoteSource], 'must be an http(s) URL or note:<key>')),
  v.minLength(1, 'needs at least one source address'),
);

const IsoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
const BodyRefs = v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'must be a body key'))));
const MeetingKey = v.pipe(v.string(), v.regex(/^(COP|UNEA|INC)-[1-9][0-9]*$/, 'must look like COP-6, UNEA-6 or INC-5'));

export const Article = v.strictObject({
  n: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(35)),
  titles: VerifiedWords,
  titleGaps: v.optional(Gaps),
  summary: OwnWords,
  /** Paragraph-level summaries keyed "2(a)", "6". */
  paragraphs: v.optional(
    v.record(v.pipe(v.string(), v.regex(/^[1-9][0-9]*(\([a-z]\))?$/, 'paragraph key must look like 5 or 5(b)')), v.strictObject({ summary: OwnWords, bodies: BodyRefs })),
  ),
  bodies: BodyRefs,
  sources: Sources,
});

export const Annex = v.strictObject({
  letter: v.picklist(['A', 'B', 'C', 'D', 'E']),
  titles: VerifiedWords,
  titleGaps: v.optional(Gaps),
  summary: OwnWords,
  sources: Sources,
});

export const ConventionFile = v.strictObject({
  convention: v.strictObject({
    titles: VerifiedWords,
    titleGaps: v.optional(Gaps),
    adopted: IsoDate,
    inForce: IsoDate,
    sources: Sources,
  }),
  articles: v.array(Article),
  annexes: v.array(Annex),
});

export const Segment = v.strictObject({
  start: IsoDate,
  end: IsoDate,
  /** Our rendering of the place name in each language; "online" segments have none. */
  place: v.optional(OwnWords),
  online: v.optional(v.boolean()),
});

export const Meeting = v.strictObject({
  key: MeetingKey,
  /** Official full name where seen. */
  names: VerifiedWords,
  nameGaps: v.optional(Gaps),
  /** Empty when the dates could not be verified. */
  segments: v.array(Segment),
  /** Slug of the minamataconvention.org meeting page (`/{lang}/meetings/{slug}`), only where seen. */
  pageSlug: v.optional(v.picklist(['cop4', 'cop4.1', 'cop5', 'cop6', 'INC6'])),
  /** The meeting's page on the archive site, per language, exactly as seen (COP-1 to COP-3). */
  archivePages: v.optional(v.strictObject({ en: v.optional(Url), fr: v.optional(Url), es: v.optional(Url) })),
  /** Exact addresses seen in the sources that describe the meeting (must match the link allow-list). */
  links: v.optional(v.array(Url)),
  sources: Sources,
});

export const MeetingsFile = v.strictObject({ meetings: v.array(Meeting) });

export const AgendaItem = v.strictObject({
  key: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'must be a lower-case key')),
  titles: VerifiedWords,
  titleGaps: v.optional(Gaps),
  sources: Sources,
});

export const DocumentEntry = v.strictObject({
  symbol: Text,
  meeting: MeetingKey,
  agendaItem: v.optional(Text),
  titles: VerifiedWords,
  titleGaps: v.optional(Gaps),
  /** What the citing note (or the source) says the document contains, in our words. */
  contains: OwnWords,
  /** Named parts the note points into, e.g. annex I of INF/29. */
  parts: v.optional(v.array(v.strictObject({ label: OwnWords, contains: OwnWords }))),
  bodies: BodyRefs,
  links: v.optional(v.array(Url)),
  sources: Sources,
});

export const DocumentsFile = v.strictObject({ agendaItems: v.array(AgendaItem), documents: v.array(DocumentEntry) });

export const ResolutionEntry = v.strictObject({
  symbol: Text,
  titles: VerifiedWords,
  titleGaps: v.optional(Gaps),
  bodies: BodyRefs,
  sources: Sources,
});

export const ResolutionsFile = v.strictObject({ resolutions: v.array(ResolutionEntry) });

export const DecisionEntry = v.strictObject({
  id: Text,
  titles: VerifiedWords,
  titleGaps: v.optional(Gaps),
  /** What the decision is about, in our words (not its title). */
  topic: OwnWords,
  bodies: BodyRefs,
  sources: Sources,
});

export const DecisionsFile = v.strictObject({ decisions: v.array(DecisionEntry) });

export const BodyEntry = v.strictObject({
  key: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'must be a lower-case key')),
  /** Short forms, verified per language. */
  abbr: VerifiedWords,
  names: VerifiedWords,
  nameGaps: v.optional(Gaps),
  summary: OwnWords,
  sources: Sources,
});

export const BodiesFile = v.strictObject({ bodies: v.array(BodyEntry) });

export const NoteMeta = v.strictObject({
  /** Stable key of the note, e.g. "cop6-cooperation-fr". */
  key: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'must be a lower-case key')),
  /** The note's own title, as printed. */
  title: Text,
  lang: v.picklist(LANGS),
  /** The note's symbol, or null while it is not verified. */
  symbol: v.nullable(Text),
  meeting: MeetingKey,
  sources: v.optional(Sources),
});

export type ConventionFileT = v.InferOutput<typeof ConventionFile>;
export type MeetingsFileT = v.InferOutput<typeof MeetingsFile>;
export type DocumentsFileT = v.InferOutput<typeof DocumentsFile>;
export type ResolutionsFileT = v.InferOutput<typeof ResolutionsFile>;
export type DecisionsFileT = v.InferOutput<typeof DecisionsFile>;
export type BodiesFileT = v.InferOutput<typeof BodiesFile>;
export type NoteMetaT = v.InferOutput<typeof NoteMeta>;
export type OwnWordsT = v.InferOutput<typeof OwnWords>;
export type VerifiedWordsT = v.InferOutput<typeof VerifiedWords>;
export type GapsT = v.InferOutput<typeof Gaps>;
export type SegmentT = v.InferOutput<typeof Segment>;

/** The catalogue file names and the schema each one must satisfy. */
export const CATALOGUE_FILES = {
  convention: ConventionFile,
  meetings: MeetingsFile,
  documents: DocumentsFile,
  resolutions: ResolutionsFile,
  decisions: DecisionsFile,
  bodies: BodiesFile,
} as const;

export type CatalogueFileName = keyof typeof CATALOGUE_FILES;
