/**
 * Checks that span fields or files, which the schemas cannot express: every language has either a
 * verified title or a stated gap, ids parse, references point at existing entries, links are on
 * the allow-list. Each problem names the file, the entry and the field, so the failing build says
 * exactly what to fix.
 */
import { parseCanonicalId } from '../lib/core/ids.ts';
import { CATALOGUE_LANGS } from '../lib/core/index/compiled.ts';
import { isAllowedLink } from '../lib/core/index/links.ts';
import { LANGS } from '../lib/core/lang.ts';
import type {
  BodiesFileT,
  ConventionFileT,
  DecisionsFileT,
  DocumentsFileT,
  GapsT,
  MeetingsFileT,
  ResolutionsFileT,
  VerifiedWordsT,
} from './schema';

export interface ParsedCatalogue {
  convention: ConventionFileT;
  meetings: MeetingsFileT;
  documents: DocumentsFileT;
  resolutions: ResolutionsFileT;
  decisions: DecisionsFileT;
  bodies: BodiesFileT;
}

/** Collects problems as "file › entry › field: message". */
export class Problems {
  readonly list: string[] = [];
  add(file: string, entry: string, field: string, message: string): void {
    this.list.push(`data/catalogue/${file}.json › ${entry} › ${field}: ${message}`);
  }
}

function checkGaps(p: Problems, file: string, entry: string, field: string, words: VerifiedWordsT, gaps: GapsT | undefined, gapField: string): void {
  for (const lang of LANGS) {
    const has = words[lang] !== undefined;
    const gap = gaps?.[lang] !== undefined;
    if (has && gap) p.add(file, entry, `${gapField}.${lang}`, `has both a verified ${field} and a gap; remove one`);
    // Outside the researched languages a missing title is the default (see CATALOGUE_LANGS).
    if (!has && !gap && (CATALOGUE_LANGS as readonly string[]).includes(lang))
      p.add(file, entry, `${field}.${lang}`, `missing: give the verified wording, or say in ${gapField}.${lang} why there is none`);
  }
}

function checkUnique(p: Problems, file: string, field: string, keys: readonly string[]): void {
  const seen = new Set<string>();
  for (const k of keys) {
    if (seen.has(k)) p.add(file, k, field, 'appears twice');
    seen.add(k);
  }
}

function checkRefs(p: Problems, file: string, entry: string, field: string, refs: readonly string[] | undefined, known: ReadonlySet<string>, what: string): void {
  refs?.forEach((r, i) => {
    if (!known.has(r)) p.add(file, entry, `${field}[${i}]`, `"${r}" is not a known ${what}`);
  });
}

function checkSources(p: Problems, file: string, entry: string, sources: readonly string[], notes: ReadonlySet<string>): void {
  sources.forEach((s, i) => {
    if (s.startsWith('note:') && !notes.has(s.slice(5))) p.add(file, entry, `sources[${i}]`, `"${s}" names no note in data/notes`);
  });
}

function checkLinks(p: Problems, file: string, entry: string, links: readonly string[] | undefined): void {
  links?.forEach((url, i) => {
    if (!isAllowedLink(url)) p.add(file, entry, `links[${i}]`, `"${url}" does not match a documented link pattern (lib/core/index/links.ts)`);
  });
}

function checkConvention(p: Problems, c: ConventionFileT, bodies: ReadonlySet<string>, notes: ReadonlySet<string>): void {
  checkGaps(p, 'convention', 'convention', 'titles', c.convention.titles, c.convention.titleGaps, 'titleGaps');
  for (let n = 1; n <= 35; n++) {
    if (!c.articles.some((a) => a.n === n)) p.add('convention', `article ${n}`, 'articles', 'is missing (all 35 articles are required)');
  }
  checkUnique(p, 'convention', 'n', c.articles.map((a) => `article ${a.n}`));
  for (const a of c.articles) {
    const entry = `article ${a.n}`;
    checkGaps(p, 'convention', entry, 'titles', a.titles, a.titleGaps, 'titleGaps');
    checkRefs(p, 'convention', entry, 'bodies', a.bodies, bodies, 'body key');
    for (const [key, para] of Object.entries(a.paragraphs ?? {})) {
      checkRefs(p, 'convention', entry, `paragraphs.${key}.bodies`, para.bodies, bodies, 'body key');
    }
    checkSources(p, 'convention', entry, a.sources, notes);
  }
  for (const letter of ['A', 'B', 'C', 'D', 'E']) {
    if (!c.annexes.some((x) => x.letter === letter)) p.add('convention', `annex ${letter}`, 'annexes', 'is missing');
  }
  checkUnique(p, 'convention', 'letter', c.annexes.map((x) => `annex ${x.letter}`));
  for (const x of c.annexes) checkGaps(p, 'convention', `annex ${x.letter}`, 'titles', x.titles, x.titleGaps, 'titleGaps');
}

function checkMeetings(p: Problems, m: MeetingsFileT, notes: ReadonlySet<string>): void {
  checkUnique(p, 'meetings', 'key', m.meetings.map((x) => x.key));
  for (const x of m.meetings) {
    checkGaps(p, 'meetings', x.key, 'names', x.names, x.nameGaps, 'nameGaps');
    x.segments.forEach((s, i) => {
      if (s.start > s.end) p.add('meetings', x.key, `segments[${i}]`, `starts (${s.start}) after it ends (${s.end})`);
      if (!s.place && !s.online) p.add('meetings', x.key, `segments[${i}].place`, 'needs a place, or online: true');
    });
    checkLinks(p, 'meetings', x.key, x.links);
    checkLinks(p, 'meetings', x.key, Object.values(x.archivePages ?? {}));
    checkSources(p, 'meetings', x.key, x.sources, notes);
  }
}

/** The checks resolutions and decisions share: a unique canonical id of the right kind, title gaps, body keys, sources. */
function checkIdentified(
  p: Problems,
  file: string,
  field: string,
  entries: ReadonlyArray<{ id: string; titles: VerifiedWordsT; titleGaps?: GapsT; bodies?: string[]; sources: string[] }>,
  kind: 'resolution' | 'decision',
  shape: string,
  bodies: ReadonlySet<string>,
  noteKeys: ReadonlySet<string>,
): void {
  checkUnique(p, file, field, entries.map((e) => e.id));
  for (const e of entries) {
    if (parseCanonicalId(e.id)?.kind !== kind) p.add(file, e.id, field, `is not ${shape}`);
    checkGaps(p, file, e.id, 'titles', e.titles, e.titleGaps, 'titleGaps');
    checkRefs(p, file, e.id, 'bodies', e.bodies, bodies, 'body key');
    checkSources(p, file, e.id, e.sources, noteKeys);
  }
}

/** Runs every cross-field check; returns the problems found (empty when the catalogue is sound). */
export function crossCheck(c: ParsedCatalogue, noteKeys: ReadonlySet<string>): string[] {
  const p = new Problems();
  const bodies = new Set(c.bodies.bodies.map((b) => b.key));
  const meetings = new Set(c.meetings.meetings.map((m) => m.key));
  const agenda = new Set(c.documents.agendaItems.map((a) => a.key));
  checkUnique(p, 'bodies', 'key', c.bodies.bodies.map((b) => b.key));
  for (const b of c.bodies.bodies) {
    checkGaps(p, 'bodies', b.key, 'names', b.names, b.nameGaps, 'nameGaps');
    checkSources(p, 'bodies', b.key, b.sources, noteKeys);
  }
  checkConvention(p, c.convention, bodies, noteKeys);
  checkMeetings(p, c.meetings, noteKeys);
  for (const a of c.documents.agendaItems) {
    checkGaps(p, 'documents', a.key, 'titles', a.titles, a.titleGaps, 'titleGaps');
    checkSources(p, 'documents', a.key, a.sources, noteKeys);
  }
  checkUnique(p, 'documents', 'symbol', c.documents.documents.map((d) => d.symbol));
  for (const d of c.documents.documents) {
    const parsed = parseCanonicalId(d.symbol);
    if (parsed?.kind !== 'document') p.add('documents', d.symbol, 'symbol', 'is not a canonical document symbol (lib/core/ids.ts)');
    else if (parsed.body === 'UNEP/MC/COP' && d.meeting !== `COP-${parsed.meeting}`)
      p.add('documents', d.symbol, 'meeting', `is ${d.meeting} but the symbol belongs to COP-${parsed.meeting}`);
    if (!meetings.has(d.meeting)) p.add('documents', d.symbol, 'meeting', `"${d.meeting}" is not in meetings.json`);
    if (d.agendaItem && !agenda.has(d.agendaItem)) p.add('documents', d.symbol, 'agendaItem', `"${d.agendaItem}" is not in agendaItems`);
    checkGaps(p, 'documents', d.symbol, 'titles', d.titles, d.titleGaps, 'titleGaps');
    checkRefs(p, 'documents', d.symbol, 'bodies', d.bodies, bodies, 'body key');
    checkLinks(p, 'documents', d.symbol, d.links);
    checkSources(p, 'documents', d.symbol, d.sources, noteKeys);
  }
  checkIdentified(p, 'resolutions', 'symbol', c.resolutions.resolutions.map((r) => ({ id: r.symbol, ...r })), 'resolution', 'a canonical resolution symbol (UNEP/EA.<session>/Res.<n>)', bodies, noteKeys);
  checkIdentified(p, 'decisions', 'id', c.decisions.decisions, 'decision', 'a canonical decision id (MC-<cop>/<n> or MC-<cop>/[--])', bodies, noteKeys);
  return p.list;
}
