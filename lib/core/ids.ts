/**
 * Canonical reference ids (the contract described in lib/core/detect/types.ts and the architecture
 * notes), formatted and parsed in one place: the detector builds ids with the formatters below, and
 * the index, the saved list and the exports validate them with parseCanonicalId, so one grammar
 * decides what a reference is. formatId(parseCanonicalId(id)) === id for every canonical id
 * (ids.test.ts checks it with fast-check and on every id the index and the corpora hold).
 */

/** What an id names. Annexes are their own kind here; detection reports them as `article` citations. */
export type IdKind = 'document' | 'resolution' | 'decision' | 'article' | 'annex';

/** A UN document symbol: `UNEP/MC/COP.6/INF/28`, `UNEP/MC/COP.6/22/Add.1`, `UNEP/MC/COP.6/CRP.6`. */
export interface DocumentId {
  kind: 'document';
  id: string;
  /** The series before the meeting number, e.g. "UNEP/MC/COP", "UNEP/EA", "UNEP(DTIE)/Hg/INC". */
  body: string;
  /** The meeting (COP, UNEA session, INC session) number. */
  meeting: number;
  /** "INF" for information documents, "CRP" for conference room papers; absent for working documents. */
  series?: 'INF' | 'CRP';
  number: number;
  /** Addendum, revision and corrigendum suffixes in printed order, e.g. ["Add.1", "Rev.1"]. */
  suffixes: string[];
}

/** A UNEA resolution: `UNEP/EA.6/Res.3`. */
export interface ResolutionId {
  kind: 'resolution';
  id: string;
  /** The UNEA session. */
  meeting: number;
  number: number;
}

/** A Minamata COP decision `MC-5/3`, or the draft placeholder `MC-6/[--]` (number null). */
export interface DecisionId {
  kind: 'decision';
  id: string;
  meeting: number;
  number: number | null;
  draft: boolean;
}

/** A Convention article or one of its paragraphs/subparagraphs: `minamata:art23(5)(b)`. */
export interface ArticleId {
  kind: 'article';
  id: string;
  article: number;
  paragraph?: number;
  subparagraph?: string;
}

/** A Convention annex: `minamata:annexA` … `minamata:annexE`. */
export interface AnnexId {
  kind: 'annex';
  id: string;
  annex: 'A' | 'B' | 'C' | 'D' | 'E';
}

/** The structured form of any canonical id. */
export type ParsedId = DocumentId | ResolutionId | DecisionId | ArticleId | AnnexId;

/** The Convention has 35 articles (art. 35, "Authentic texts", is the last). */
export const ARTICLE_COUNT = 35;

/**
 * Document series we recognise, by the prefix printed before the meeting number. Kept as data so
 * that a new series (e.g. a subsidiary body once its symbols are verified) is one line.
 */
export const DOCUMENT_BODIES: readonly string[] = ['UNEP/MC/COP', 'UNEP/EA', 'UNEP(DTIE)/Hg/INC'];

// A positive integer without leading zeros; canonical ids never pad ("INF/08" is not canonical).
const N = '[1-9][0-9]*';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const DOCUMENT_RE = new RegExp(
  `^(${DOCUMENT_BODIES.map(escape).join('|')})\\.(${N})\\/(?:(INF)\\/(${N})|(CRP)\\.(${N})|(${N}))((?:\\/(?:Add|Rev|Corr)\\.${N})*)$`,
);
const RESOLUTION_RE = new RegExp(`^UNEP\\/EA\\.(${N})\\/Res\\.(${N})$`);
const DECISION_RE = new RegExp(`^MC-(${N})\\/(?:(${N})|(\\[--\\]))$`);
const ARTICLE_RE = new RegExp(`^minamata:art(${N})(?:\\((${N})\\)(?:\\(([a-z])\\))?)?$`);
const ANNEX_RE = /^minamata:annex([A-E])$/;

function parseDocument(id: string): DocumentId | null {
  const m = DOCUMENT_RE.exec(id);
  if (!m) return null;
  const [, body, meeting, inf, infNo, crp, crpNo, plainNo, tail] = m;
  const suffixes = tail ? tail.split('/').filter(Boolean) : [];
  // The same suffix type twice (".../Add.1/Add.2") is not a UN symbol shape.
  const types = suffixes.map((s) => s.split('.')[0]);
  if (new Set(types).size !== types.length) return null;
  const result: DocumentId = {
    kind: 'document',
    id,
    body: body!,
    meeting: Number(meeting),
    number: Number(infNo ?? crpNo ?? plainNo),
    suffixes,
  };
  if (inf) result.series = 'INF';
  else if (crp) result.series = 'CRP';
  return result;
}

function parseArticle(id: string): ArticleId | null {
  const m = ARTICLE_RE.exec(id);
  if (!m) return null;
  const article = Number(m[1]);
  if (article > ARTICLE_COUNT) return null;
  const result: ArticleId = { kind: 'article', id, article };
  if (m[2]) result.paragraph = Number(m[2]);
  if (m[3]) result.subparagraph = m[3];
  return result;
}

/**
 * Parses a canonical id into its parts, or returns null when the id is not one (wrong shape, wrong
 * case, an article beyond 35, an annex beyond E). Never throws, so callers can feed it anything
 * that arrives in a message or an import file.
 */
export function parseCanonicalId(id: string): ParsedId | null {
  if (typeof id !== 'string' || id.length === 0 || id.length > 120) return null;
  const res = RESOLUTION_RE.exec(id);
  if (res) return { kind: 'resolution', id, meeting: Number(res[1]), number: Number(res[2]) };
  const dec = DECISION_RE.exec(id);
  if (dec) {
    const draft = dec[3] !== undefined;
    return { kind: 'decision', id, meeting: Number(dec[1]), number: draft ? null : Number(dec[2]), draft };
  }
  const ann = ANNEX_RE.exec(id);
  if (ann) return { kind: 'annex', id, annex: ann[1] as AnnexId['annex'] };
  return parseArticle(id) ?? parseDocument(id);
}

/** True when `id` is a canonical reference id; the cheap guard for message and import validation. */
export function isCanonicalId(id: unknown): id is string {
  return typeof id === 'string' && parseCanonicalId(id) !== null;
}

/** `minamata:art23`, `minamata:art23(5)`, `minamata:art23(5)(b)`; a subparagraph is written only under a paragraph. */
export function articleId(article: number, paragraph?: number, subparagraph?: string): string {
  return `minamata:art${article}${paragraph !== undefined ? `(${paragraph})${subparagraph ? `(${subparagraph})` : ''}` : ''}`;
}

/** `minamata:annexA`. */
export function annexId(annex: string): string {
  return `minamata:annex${annex}`;
}

/** `UNEP/EA.6/Res.3`. */
export function resolutionId(meeting: number, number: number): string {
  return `UNEP/EA.${meeting}/Res.${number}`;
}

/** `MC-5/3`, or the draft placeholder `MC-6/[--]` when the number is null. */
export function decisionId(meeting: number, number: number | null): string {
  return `MC-${meeting}/${number === null ? '[--]' : number}`;
}

/** `UNEP/MC/COP.6/INF/28`, `UNEP/MC/COP.6/CRP.6`, `UNEP/MC/COP.6/22/Add.1/Rev.1`. */
export function documentId(body: string, meeting: number, number: number, series?: 'INF' | 'CRP', suffixes: readonly string[] = []): string {
  const head = series === 'INF' ? `INF/${number}` : series === 'CRP' ? `CRP.${number}` : `${number}`;
  return [`${body}.${meeting}`, head, ...suffixes].join('/');
}

/** The id of parsed parts: the inverse of parseCanonicalId (the `id` field, if any, is not read). */
export function formatId(p: DistributiveOmit<ParsedId, 'id'>): string {
  switch (p.kind) {
    case 'document':
      return documentId(p.body, p.meeting, p.number, p.series, p.suffixes);
    case 'resolution':
      return resolutionId(p.meeting, p.number);
    case 'decision':
      return decisionId(p.meeting, p.draft ? null : p.number);
    case 'article':
      return articleId(p.article, p.paragraph, p.subparagraph);
    case 'annex':
      return annexId(p.annex);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
