/**
 * Links a card may offer. Every address is built from a pattern documented in
 * ../shared/facts/domain-facts.md §5 and domain-facts-2.md §4 (never guessed from a title), and
 * `isAllowedLink` is the allow-list the tests and the build check every shipped link against.
 */
import { LANGS, type Lang } from '../lang.ts';
import type { ParsedId } from '../ids';

/** UN ODS and undocs.org serve documents in all six UN languages. */
export type LinkLang = Lang;
const LANG_GROUP = `(${LANGS.join('|')})`;

/** The languages the Convention's own site has meeting pages in (domain-facts-2 §4); others fall back to English. */
const SITE_LANGS: readonly Lang[] = ['en', 'fr', 'es'];
const siteLang = (lang: LinkLang): Lang => (SITE_LANGS.includes(lang) ? lang : 'en');

/** What a link leads to; the card turns this into a localised label. */
export type LinkKind = 'ods-pdf' | 'undocs' | 'meeting-page' | 'treaty-collection' | 'convention-text' | 'unea-outcomes' | 'document-page';

export interface CardLink {
  kind: LinkKind;
  /** The site's own name (a proper noun, not translated). */
  label: string;
  url: string;
  /** Language of the page the link opens. */
  lang: LinkLang;
}

const MINAMATA = 'https://minamataconvention.org';
const UNEA6_OUTCOMES =
  'https://www.unep.org/resources/resolutions-treaties-and-decisions/outcomes-adopted-sixth-session-un-environment-assembly';
/** Document-page slugs seen in the sources; a slug cannot be built from a symbol (domain-facts-2 §4). */
const SEEN_DOCUMENT_SLUGS = [
  'minamata-convention-mercury-text-and-annexes',
  'report-cooperative-activities-world-health-organization-and-international-labour',
  'report-activities-relevant-international-bodies-0',
  'participation-observers-meetings-conference-parties',
  'compilation-information-received-existing-regional-subregional-and-national-arrangements',
];
const CONVENTION_TEXT_EN = `${MINAMATA}/en/documents/minamata-convention-mercury-text-and-annexes`;

/**
 * The allow-list, one pattern per documented address shape. Exact addresses seen in the sources
 * (document pages whose slugs come from titles) are matched by the `document-page` shape with
 * the host and path prefix fixed.
 */
const ALLOWED: readonly RegExp[] = [
  // UN ODS symbol API, reader's language, any of the six UN languages (domain-facts §5).
  new RegExp(`^https://documents\\.un\\.org/api/symbol/access\\?s=[A-Za-z0-9%.()\\-]+&l=${LANG_GROUP}&t=pdf$`),
  // undocs.org by symbol with a language segment (domain-facts §5).
  new RegExp(`^https://undocs\\.org/${LANG_GROUP}/[A-Za-z0-9/.()\\-]+$`),
  // Minamata meeting pages (domain-facts-2 §4, domain-facts-3 §5); only the slugs seen.
  new RegExp(`^https://minamataconvention\\.org/(${SITE_LANGS.join('|')})/meetings/(cop4|cop4\\.1|cop5|cop6|INC6)$`),
  // Meeting pages of the Convention's archive site, as seen (domain-facts §5; COP-3 in English and Spanish).
  /^http:\/\/archive\.mercuryconvention\.org\/(Meetings|Reuniones)\/COP\d\/tabid\/\d+\/language\/(en-US|es-CO|fr-CH)\/Default\.aspx$/,
  // Minamata document landing pages: slugs come from titles, so only the ones seen (domain-facts §5).
  new RegExp(`^https://(www\\.)?(minamataconvention|mercuryconvention)\\.org/en/documents/(${SEEN_DOCUMENT_SLUGS.join('|')})$`),
  // UN Treaty Collection entry for the Convention, chapter XXVII-17 (domain-facts §5); the site
  // picks the page language with `clang=_en` / `clang=_fr` (a `lang=` parameter is ignored).
  /^https:\/\/treaties\.un\.org\/pages\/ViewDetails\.aspx\?src=TREATY&mtdsg_no=XXVII-17&chapter=27&clang=_(en|fr)$/,
  // UNEP outcomes page of UNEA-6 (domain-facts §3, §5).
  new RegExp(`^${UNEA6_OUTCOMES.replace(/[.?/]/g, '\\$&')}$`),
];

/** True when `url` has one of the documented shapes; used by tests and by the compile step. */
export function isAllowedLink(url: string): boolean {
  return ALLOWED.some((re) => re.test(url));
}

/** The documented language set of the UN Treaty Collection page (no Spanish variant was seen). */
function treatyLang(lang: LinkLang): 'en' | 'fr' {
  return lang === 'fr' ? 'fr' : 'en';
}

/**
 * Links that can be built from a UN symbol alone. Whether UNEP symbols resolve on these services
 * was not checked (domain-facts §8), which is why the card offers both.
 */
export function symbolLinks(symbol: string, lang: LinkLang): CardLink[] {
  return [
    {
      kind: 'ods-pdf',
      label: 'UN ODS',
      url: `https://documents.un.org/api/symbol/access?s=${encodeURIComponent(symbol)}&l=${lang}&t=pdf`,
      lang,
    },
    { kind: 'undocs', label: 'undocs.org', url: `https://undocs.org/${lang}/${symbol}`, lang },
  ];
}

/** The minamataconvention.org page of a meeting, for the slugs seen in the sources. */
export function meetingPageLink(slug: string, lang: LinkLang): CardLink {
  const l = siteLang(lang);
  return { kind: 'meeting-page', label: 'minamataconvention.org', url: `${MINAMATA}/${l}/meetings/${slug}`, lang: l };
}

/**
 * A meeting's page on the Convention's archive site (COP-1 to COP-3 predate the current site),
 * in the reader's language where that page was seen, else in English.
 */
export function archiveMeetingLink(pages: Partial<Record<LinkLang, string>>, lang: LinkLang): CardLink | null {
  const pageLang = pages[lang] ? lang : pages.en ? 'en' : (Object.keys(pages)[0] as LinkLang | undefined);
  const url = pageLang ? pages[pageLang] : undefined;
  return pageLang && url ? { kind: 'meeting-page', label: 'archive.mercuryconvention.org', url, lang: pageLang } : null;
}

/** Where to read the Convention itself: the depositary's page and the secretariat's booklet. */
export function conventionLinks(lang: LinkLang): CardLink[] {
  const tl = treatyLang(lang);
  return [
    {
      kind: 'treaty-collection',
      label: 'UN Treaty Collection',
      url: `https://treaties.un.org/pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVII-17&chapter=27&clang=_${tl}`,
      lang: tl,
    },
    // Only the English booklet address was seen; the card shows its language.
    { kind: 'convention-text', label: 'minamataconvention.org', url: CONVENTION_TEXT_EN, lang: 'en' },
  ];
}

/** UNEP's page listing everything UNEA-6 adopted (English only). */
export function unea6OutcomesLink(): CardLink {
  return { kind: 'unea-outcomes', label: 'UNEP', url: UNEA6_OUTCOMES, lang: 'en' };
}

/** An exact address copied from a source into the catalogue (e.g. a document page). */
export function exactLink(url: string): CardLink {
  const kind: LinkKind = url === UNEA6_OUTCOMES ? 'unea-outcomes' : 'document-page';
  return { kind, label: new URL(url).hostname.replace(/^www\./, ''), url, lang: 'en' };
}

/**
 * Links built from the id alone, used for every card (in the index or not): symbol services for
 * documents and resolutions, the Convention's pages for articles and annexes, nothing for
 * decisions (no documented address pattern; they get their meeting's page from the index).
 */
export function idLinks(parsed: ParsedId, lang: LinkLang): CardLink[] {
  switch (parsed.kind) {
    case 'document':
    case 'resolution':
      return symbolLinks(parsed.id, lang);
    case 'article':
    case 'annex':
      return conventionLinks(lang);
    case 'decision':
      return [];
  }
}
