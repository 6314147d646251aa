/**
 * The card data contract: what lookup() returns and the hover card, popup and saved list render.
 * Every string in it is either verified wording (titles, names), our own summary text, or an
 * excerpt of a note; interface wording (labels like "Article", "not in the index") is the card's
 * job, through i18n, driven by the structured fields here.
 */
import type { CitedIn, IndexLang } from './compiled';
import type { IdKind, ParsedId } from '../ids';
import type { CardLink } from './links';

export type { CardLink, LinkKind } from './links';
export type CardLang = IndexLang;

/** A title or name. Only verified wording is ever shipped, so there is no unverified variant. */
export interface CardTitle {
  text: string;
  /** Language of `text`. */
  lang: CardLang;
  /** True when the reader's language has no verified wording and this is another language's. */
  fallback: boolean;
}

/** Our own text (summaries) or a note excerpt, with its language. */
export interface CardText {
  text: string;
  lang: CardLang;
}

/**
 * Why the card shows no title in the reader's language:
 * - 'other-language': `title` holds the verified title in another language;
 * - 'not-verified': the entry is in the index but no title was verified in any language;
 * - 'not-in-index': the id is well formed but the index does not know it.
 * Null when `title` is in the reader's language.
 */
export type TitleNote = null | 'other-language' | 'not-verified' | 'not-in-index';

export interface CardMeetingSegment {
  /** ISO dates. */
  start: string;
  end: string;
  /** Place in the reader's language; null for an online segment. */
  place: string | null;
  online: boolean;
}

export interface CardMeeting {
  /** "COP-6", "UNEA-6", "INC-5". */
  key: string;
  body: 'minamata-cop' | 'unea' | 'inc';
  number: number;
  /** Official full name where verified. */
  name: CardTitle | null;
  /** Empty when the dates are not verified or the meeting is not in the index. */
  segments: CardMeetingSegment[];
  inIndex: boolean;
}

/** The paragraph a sub-provision id names, with its own summary where we wrote one. */
export interface CardProvision {
  article: number;
  paragraph?: number;
  subparagraph?: string;
  summary: CardText | null;
}

/** A place where a note cites this reference. */
export interface CardCitation extends CitedIn {
  noteTitle: string;
  noteLang: CardLang;
  /** Null while the note's symbol is not verified. */
  noteSymbol: string | null;
}

export interface CardBody {
  key: string;
  abbr: CardTitle | null;
  name: CardTitle | null;
  summary: CardText;
}

export interface CardPart {
  label: CardText;
  contains: CardText;
}

/** Card data for a recognised id (in the index or not). */
export interface CardData {
  recognised: true;
  kind: IdKind;
  /** The id asked for, e.g. minamata:art23(5)(b). */
  id: string;
  /** The id of the entry shown: the article for a sub-provision, else `id`. */
  entryId: string;
  parsed: ParsedId;
  inIndex: boolean;
  title: CardTitle | null;
  titleNote: TitleNote;
  /** For articles and annexes: the Convention's own title. */
  instrument: CardTitle | null;
  /** Article/annex: one-line summary. Document: what it contains. Decision: its subject. */
  summary: CardText | null;
  provision: CardProvision | null;
  meeting: CardMeeting | null;
  agendaItem: CardTitle | null;
  parts: CardPart[];
  citedIn: CardCitation[];
  links: CardLink[];
  bodies: CardBody[];
}

/** What lookup returns for a string that is not a canonical id. Never thrown. */
export interface NotRecognised {
  recognised: false;
  id: string;
  reason: 'not-a-reference';
}

export type LookupResult = CardData | NotRecognised;
