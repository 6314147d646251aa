import type { CardModel } from '../model';
import type { CitationKind } from '../../core/detect/types';
import { t, type Lang, type MessageKey } from '../../core/i18n';
import type { CardData, CardLink, CardMeeting, LookupResult } from '../../core/index/result';
import type { ParsedId } from '../../core/ids';
import { citedPlaceLabel } from './cited-place';

const LANG_NAMES: Record<Lang, MessageKey> = { en: 'langNameEn', fr: 'langNameFr', es: 'langNameEs', ru: 'langNameRu', zh: 'langNameZh', ar: 'langNameAr' };

/** Locales for dates: UN Arabic documents print dates with Western digits, as the ids beside them are. */
const DATE_LOCALES: Partial<Record<Lang, string>> = { ar: 'ar-u-nu-latn' };

/** The printed name of a reference in the reader's language ("Article 23, paragraph 5, subparagraph (b)"). */
export function referenceLabel(parsed: ParsedId, lang: Lang): string {
  switch (parsed.kind) {
    case 'document':
      return parsed.id;
    case 'resolution':
      return t(lang, 'labelResolution', `${parsed.meeting}/${parsed.number}`);
    case 'decision':
      return t(lang, parsed.draft ? 'labelDraftDecision' : 'labelDecision', parsed.id);
    case 'annex':
      return t(lang, 'labelAnnex', parsed.annex);
    case 'article': {
      let label = t(lang, 'labelArticle', parsed.article);
      // Each part extends the label by its language's rule: "Article 23, paragraph 5", "第23条第5款", "المادة 23، الفقرة 5".
      if (parsed.paragraph !== undefined) label = t(lang, 'labelParagraph', label, parsed.paragraph);
      if (parsed.subparagraph !== undefined) label = t(lang, 'labelSubparagraph', label, parsed.subparagraph);
      return label;
    }
  }
}

/** "COP-6 · Geneva, 3–7 Nov 2025" in the reader's language, from what the index verified. */
export function meetingLine(meeting: CardMeeting, lang: Lang): string {
  // The short key reads the same in every language; the full name is often verified in one only.
  const name = meeting.key;
  const segments = meeting.segments.map((s) => {
    const dates = formatDates(s.start, s.end, lang);
    const place = s.online ? t(lang, 'cardOnline') : s.place;
    return place ? t(lang, 'cardPlaceDates', place, dates) : dates;
  });
  return segments.length > 0 ? `${name} · ${segments.join('; ')}` : name;
}

function formatDates(start: string, end: string, lang: Lang): string {
  const format = new Intl.DateTimeFormat(DATE_LOCALES[lang] ?? lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const a = new Date(`${start}T00:00:00Z`);
  const b = new Date(`${end}T00:00:00Z`);
  return start === end ? format.format(a) : format.formatRange(a, b);
}

/** A link's label: the site, what it opens (a meeting's page, a search by symbol) and its language. */
function linkLabel(link: CardLink, meetingKey: string | undefined, lang: Lang): string {
  const pageLang = link.lang.toUpperCase();
  if (link.kind === 'ods-pdf' || link.kind === 'undocs') return t(lang, 'cardLinkBySymbol', link.label, pageLang);
  if (link.kind === 'meeting-page' && meetingKey) return t(lang, 'cardLinkMeetingPage', link.label, meetingKey, pageLang);
  return t(lang, 'cardLinkLabel', link.label, pageLang);
}

/** The card's kind as detection names it: annexes are Convention provisions too. */
function citationKind(kind: CardData['kind']): CitationKind {
  return kind === 'annex' ? 'article' : kind;
}

/**
 * Turns the index's card data into what the hover card shows, in the reader's language. Interface
 * wording comes from the i18n catalogues; titles, names and summaries come from the index as
 * verified (or as our own summaries), and nothing is invented where the index has nothing.
 */
export function toCardModel(result: LookupResult, lang: Lang): CardModel | null {
  if (!result.recognised) return null;
  const data = result;
  const label = referenceLabel(data.parsed, lang);
  const kind = citationKind(data.kind);
  let title = data.title?.text;
  let titleNote: string | undefined;
  if (data.titleNote === 'other-language' && data.title) titleNote = t(lang, 'titleOtherLanguage', t(lang, LANG_NAMES[data.title.lang]));
  else if (data.titleNote === 'not-verified') titleNote = t(lang, 'titleNotVerified');
  const summaryText = data.provision?.summary ?? data.summary;
  const ownSummary = summaryText?.text;
  // A decision's subject is often all we know of it: say it is ours, so no one cites it as the title.
  const summary = ownSummary && data.kind === 'decision' ? t(lang, 'summaryDecisionSubject', ownSummary) : ownSummary;
  const other = (l: Lang | undefined) => (l && l !== lang ? l : undefined);
  const textLang = {
    title: other(data.title?.lang),
    // A decision's subject sits inside a sentence of the card's language; the sentence sets the language.
    summary: data.kind === 'decision' ? undefined : other(summaryText?.lang),
    instrument: data.kind === 'article' || data.kind === 'annex' ? other(data.instrument?.lang) : undefined,
  };
  const instrument = data.kind === 'article' || data.kind === 'annex' ? (data.instrument?.text ?? undefined) : undefined;
  const meeting = data.meeting ? meetingLine(data.meeting, lang) : undefined;
  const citedIn = data.citedIn.map((c) => ({ where: citedPlaceLabel(c.place, lang), excerpt: c.excerpt, lang: c.noteLang }));
  const links = data.links.map((l) => ({ label: linkLabel(l, data.meeting?.key, lang), url: l.url, hreflang: l.lang }));
  const related = data.bodies.map((b) => b.abbr?.text ?? b.name?.text).filter((s): s is string => !!s);
  const reference = [data.kind === 'article' || data.kind === 'annex' ? t(lang, 'cardProvisionOf', label) : data.id === label ? data.id : `${label} (${data.id})`, title]
    .filter(Boolean)
    .join(' — ');
  return {
    id: data.id,
    kind,
    inIndex: data.inIndex,
    label,
    title,
    titleNote,
    summary,
    meeting,
    instrument,
    ...(textLang.title || textLang.summary || textLang.instrument ? { textLang } : {}),
    citedIn,
    links,
    related,
    reference,
  };
}
