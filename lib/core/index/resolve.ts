/**
 * Builds card data from a compiled index. Pure and index-agnostic so that tests can run it over a
 * freshly compiled index; lookup.ts binds it to the bundled one.
 */
import type { CardBody, CardCitation, CardData, CardLang, CardMeeting, CardText, CardTitle, LookupResult, TitleNote } from './result';
import type { CompiledIndex, OwnWords, Words } from './compiled';
import { articleId, parseCanonicalId, type ParsedId } from '../ids';
import { LANGS } from '../lang';
import { archiveMeetingLink, exactLink, idLinks, meetingPageLink, type CardLink } from './links';

// Which language to fall back to when the reader's has no verified wording: the order of LANGS,
// English first (the verified column for the Convention), then the note's French, then Spanish.
const FALLBACK: readonly CardLang[] = LANGS;

/** Picks verified wording in the reader's language, else the first verified language. */
export function pickTitle(words: Words | undefined, lang: CardLang): CardTitle | null {
  if (!words) return null;
  for (const l of [lang, ...FALLBACK]) {
    const text = words[l];
    if (text !== undefined) return { text, lang: l, fallback: l !== lang };
  }
  return null;
}

/** Our own words in the reader's language, else in the first language that has them (English always does). */
function own(w: OwnWords, lang: CardLang): CardText {
  const found = pickTitle(w, lang);
  return found ? { text: found.text, lang: found.lang } : { text: w.en, lang: 'en' };
}

function meetingKeyOf(p: ParsedId): { key: string; body: CardMeeting['body']; number: number } | null {
  switch (p.kind) {
    case 'document': {
      const body = p.body === 'UNEP/EA' ? 'unea' : p.body === 'UNEP(DTIE)/Hg/INC' ? 'inc' : 'minamata-cop';
      const prefix = body === 'unea' ? 'UNEA' : body === 'inc' ? 'INC' : 'COP';
      return { key: `${prefix}-${p.meeting}`, body, number: p.meeting };
    }
    case 'resolution':
      return { key: `UNEA-${p.meeting}`, body: 'unea', number: p.meeting };
    case 'decision':
      return { key: `COP-${p.meeting}`, body: 'minamata-cop', number: p.meeting };
    default:
      return null;
  }
}

function meetingCard(index: CompiledIndex, p: ParsedId, lang: CardLang): { meeting: CardMeeting | null; links: CardLink[] } {
  const k = meetingKeyOf(p);
  if (!k) return { meeting: null, links: [] };
  const m = index.meetings[k.key];
  if (!m) return { meeting: { ...k, name: null, segments: [], inIndex: false }, links: [] };
  const archive = m.archivePages ? archiveMeetingLink(m.archivePages, lang) : null;
  const links = [...(m.pageSlug ? [meetingPageLink(m.pageSlug, lang)] : []), ...(archive ? [archive] : []), ...(m.links ?? []).map(exactLink)];
  const segments = m.segments.map((s) => ({ start: s.start, end: s.end, place: s.place ? own(s.place, lang).text : null, online: !!s.online }));
  return { meeting: { ...k, name: pickTitle(m.names, lang), segments, inIndex: true }, links };
}

/** True when `cited` is `id` itself or one of its sub-provisions (art23 covers art23(5)(b)). */
function covers(id: string, cited: string): boolean {
  return cited === id || (id.startsWith('minamata:art') && cited.startsWith(`${id}(`));
}

function citationsFor(index: CompiledIndex, id: string): CardCitation[] {
  const out: CardCitation[] = [];
  for (const [cid, list] of Object.entries(index.cited)) {
    if (!covers(id, cid)) continue;
    for (const c of list) {
      const note = index.notes[c.note];
      if (note) out.push({ ...c, noteTitle: note.title, noteLang: note.lang, noteSymbol: note.symbol });
    }
  }
  return out;
}

function bodiesFor(index: CompiledIndex, keys: readonly string[], lang: CardLang): CardBody[] {
  return [...new Set(keys)].flatMap((key) => {
    const b = index.bodies[key];
    return b ? [{ key, abbr: pickTitle(b.abbr, lang), name: pickTitle(b.names, lang), summary: own(b.summary, lang) }] : [];
  });
}

function dedupe(links: CardLink[]): CardLink[] {
  const seen = new Set<string>();
  return links.filter((l) => !seen.has(l.url) && !!seen.add(l.url));
}

/** The card for a canonical id; a malformed id gives a NotRecognised result, never an exception. */
export function lookupIn(index: CompiledIndex, id: string, lang: CardLang): LookupResult {
  const parsed = parseCanonicalId(id);
  if (!parsed) return { recognised: false, id: typeof id === 'string' ? id : String(id), reason: 'not-a-reference' };
  const { meeting, links: meetingLinks } = meetingCard(index, parsed, lang);
  const card: CardData = {
    recognised: true,
    kind: parsed.kind,
    id,
    entryId: id,
    parsed,
    inIndex: false,
    title: null,
    titleNote: 'not-in-index',
    instrument: null,
    summary: null,
    provision: null,
    meeting,
    agendaItem: null,
    parts: [],
    citedIn: citationsFor(index, id),
    links: idLinks(parsed, lang),
    bodies: [],
  };
  let titles: Words | undefined;
  let bodyKeys: string[] = [];
  let extraLinks: string[] = [];
  if (parsed.kind === 'article' || parsed.kind === 'annex') {
    card.instrument = pickTitle(index.convention.titles, lang);
    const entry = parsed.kind === 'article' ? index.articles[String(parsed.article)] : index.annexes[parsed.annex];
    if (entry) {
      card.inIndex = true;
      titles = entry.titles;
      card.summary = own(entry.summary, lang);
    }
    if (parsed.kind === 'article') {
      const a = index.articles[String(parsed.article)];
      card.entryId = articleId(parsed.article);
      bodyKeys = [...(a?.bodies ?? [])];
      if (parsed.paragraph !== undefined) {
        const para = a?.paragraphs?.[`${parsed.paragraph}${parsed.subparagraph ? `(${parsed.subparagraph})` : ''}`] ?? a?.paragraphs?.[String(parsed.paragraph)];
        card.provision = {
          article: parsed.article,
          paragraph: parsed.paragraph,
          ...(parsed.subparagraph ? { subparagraph: parsed.subparagraph } : {}),
          summary: para ? own(para.summary, lang) : null,
        };
        bodyKeys = [...(para?.bodies ?? []), ...bodyKeys];
      }
    }
  } else if (parsed.kind === 'document') {
    const d = index.documents[id];
    if (d) {
      card.inIndex = true;
      titles = d.titles;
      card.summary = own(d.contains, lang);
      card.agendaItem = d.agendaItem ? pickTitle(index.agendaItems[d.agendaItem]?.titles, lang) : null;
      card.parts = (d.parts ?? []).map((p) => ({ label: own(p.label, lang), contains: own(p.contains, lang) }));
      bodyKeys = d.bodies ?? [];
      extraLinks = d.links ?? [];
    }
  } else if (parsed.kind === 'resolution') {
    const r = index.resolutions[id];
    if (r) {
      card.inIndex = true;
      titles = r.titles;
      bodyKeys = r.bodies ?? [];
    }
  } else {
    const d = index.decisions[id];
    if (d) {
      card.inIndex = true;
      titles = d.titles;
      card.summary = own(d.topic, lang);
      bodyKeys = d.bodies ?? [];
    }
  }
  if (card.inIndex) {
    card.title = pickTitle(titles, lang);
    card.titleNote = titleNoteOf(card.title);
  }
  card.bodies = bodiesFor(index, bodyKeys, lang);
  // For the Convention's own documents and decisions, the COP's page (where they are listed) comes
  // before the symbol services, whose coverage of UNEP symbols is not verified.
  const conventionFirst = (parsed.kind === 'document' && parsed.body === 'UNEP/MC/COP') || parsed.kind === 'decision';
  card.links = dedupe(
    conventionFirst
      ? [...extraLinks.map(exactLink), ...meetingLinks, ...card.links]
      : [...card.links, ...extraLinks.map(exactLink), ...meetingLinks],
  );
  return card;
}

function titleNoteOf(title: CardTitle | null): TitleNote {
  if (!title) return 'not-verified';
  return title.fallback ? 'other-language' : null;
}
