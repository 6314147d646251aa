import { type Body, bodyAfter, bodyBefore } from './bodies';
import { keywordPairs, type Pair } from './numbered';
import { LIMITS, type Recogniser, type Scan } from './scan';
import { RESOLUTION_HEADING } from './anchors';
import { derived } from './grammar';
import { allWords } from './lexicon';
import { alternation } from './normalise';
import type { Citation } from './types';
import { resolutionId } from '../ids';

/**
 * UNEA resolutions written by number: "resolution 6/3", "UNEA resolution 5/12", "résolutions 6/3
 * et 6/4", "resoluciones 1/6, 2/11 y 3/7". One citation per number; the first covers the keyword,
 * the others their own number. The symbol form (UNEP/EA.6/Res.3) is read by documents.ts.
 *
 * The n/m shape is shared by other bodies, so a resolution is UNEA's when the sentence says so,
 * or, when it is silent, when the text around it names UNEA (or names no assembly or council at
 * all and is about the environment). General Assembly, Human Rights Council, Governing Council and
 * the like lose.
 */
const RESOLVING: readonly Body[] = ['unea', 'body'];

export const recogniseResolution: Recogniser = (scan, at) => {
  const { text } = scan;
  // The Assembly may be named between the keyword and the number ("قرار جمعية الأمم المتحدة للبيئة 5/14").
  const found = keywordPairs(scan, at, (t) => t.resolution, (p) => !p.mc, (t) => t.uneaBetween);
  if (!found) return null;
  // A list stops at its first pair that cannot be a UNEA resolution.
  const valid: Pair[] = [];
  for (const p of found.list) {
    if (p.session < 1 || p.session > LIMITS.sessions || p.number === null || p.number < 1) break;
    if (p.number > LIMITS.resolutions) {
      // "resolutions 2/7, 3/4 and 4/85": no session adopts 85 resolutions; the 5 is a footnote
      // marker glued to the last number of the list.
      const glued = Math.floor(p.number / 10);
      if (p === found.list[found.list.length - 1] && found.list.length > 1 && glued >= 1 && glued <= LIMITS.resolutions) {
        valid.push({ ...p, number: glued, end: p.end - 1 });
      }
      break;
    }
    valid.push(p);
  }
  const end = found.list[found.list.length - 1]!.end;
  if (valid.length === 0) return { citations: [], end, why: `session above ${LIMITS.sessions} or number above ${LIMITS.resolutions}: not a UNEA resolution` };
  // Treaties adopt decisions, not resolutions: only assemblies and councils speak for a resolution.
  const after = bodyAfter(text, end, RESOLVING);
  const before = bodyBefore(text, at, RESOLVING);
  const unea = found.named || (after ? after === 'unea' : before ? before === 'unea' : scan.context().resolutionIsUnea(at));
  const why = found.named
    ? 'the Environment Assembly named between the keyword and the number'
    : after
      ? `attributed to ${after === 'unea' ? 'UNEA' : 'another body'} after the number`
      : before
        ? `${before === 'unea' ? 'UNEA' : 'another body'} named before in the sentence`
        : `no body named: UNEA ${unea ? 'is' : 'is not'} what the text around is about`;
  if (!unea) return { citations: [], end, why };
  const lang = found.lang;
  const citations: Citation[] = valid.map((p, i) => ({
    kind: 'resolution',
    id: resolutionId(p.session, p.number!),
    start: i === 0 ? at : p.start,
    end: p.end,
    lang,
    parts: { body: 'UNEP/EA', meeting: p.session, number: p.number! },
  }));
  return { citations, end, why };
};

/**
 * Numbered headings of UNEA resolutions at the start of a line ("3/7. Marine litter and
 * microplastics", "1/6. Desechos plásticos"), as in a resolution document or a table of contents of a
 * session's resolutions. Without a keyword the number could be anything, so the Assembly must be named
 * as the last assembly before the heading (or the first after it). Candidates are found from their
 * slash with indexOf (a native scan; prose has few slashes), then read from their line start.
 */
export function resolutionHeadings(scan: Scan): Citation[] {
  const { text } = scan;
  const out: Citation[] = [];
  let lastLine = -1;
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    const line = headingLineStart(text, slash);
    if (line < 0 || line === lastLine) continue;
    lastLine = line;
    RESOLUTION_HEADING.lastIndex = line;
    const m = RESOLUTION_HEADING.exec(text);
    if (!m) continue;
    const session = Number(m[1]);
    const number = Number(m[2]);
    const start = line + m[0].length - m[0].trimStart().length;
    const end = start + m[0].trim().length;
    if (session < 1 || session > LIMITS.sessions || number < 1 || number > LIMITS.resolutions) continue;
    const ctx = scan.context();
    if ((ctx.latestBefore(start, ['unea', 'body']) ?? ctx.firstAfter(start, ['unea', 'body'])) !== 'unea') continue;
    out.push({ kind: 'resolution', id: resolutionId(session, number), start, end, lang: scan.lang(), parts: { body: 'UNEP/EA', meeting: session, number } });
  }
  return out;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\u00a0';

/** Where the line of a heading "n/m." whose slash is at `slash` starts, or -1 when only digits and blanks do not lead to a line start. */
function headingLineStart(text: string, slash: number): number {
  let i = slash - 1;
  if (text[i] === ' ') i--;
  if (!isDigit(text[i])) return -1;
  i--;
  if (isDigit(text[i])) i--;
  for (let k = 0; k < 4 && isBlank(text[i]); k++) i--;
  return i < 0 || text[i] === '\n' ? i + 1 : -1;
}

/** "(4/8)": a resolution number alone in brackets, read where indexOf finds a "(". */
const BRACKETED = /\((\d)\s?\/\s?(\d{1,2})\)/uy;
const RESOLUTION_WORD = derived(() => new RegExp(`(?<!\\p{L})${alternation(allWords('resolution'))}`, 'iu'));
const SENTENCE_END = /[.;!?\n]\s/gu;
/** How far back in its sentence a bracketed number looks for the word "resolution". */
const BRACKET_REACH = 160;

/**
 * Resolution numbers written alone in brackets after a resolution named in words ("the Assembly's
 * resolution on chemicals and waste (4/8)"): the word must be in the same sentence before the
 * bracket, and the resolution must be UNEA's by the same rule as a bare "resolution 4/8". Needing
 * the word keeps the prefilter exact (the word is an anchor literal).
 */
export function bracketedResolutions(scan: Scan): Citation[] {
  const { text } = scan;
  const out: Citation[] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    BRACKETED.lastIndex = open;
    const m = BRACKETED.exec(text);
    if (!m) continue;
    const session = Number(m[1]);
    const number = Number(m[2]);
    if (session < 1 || session > LIMITS.sessions || number < 1 || number > LIMITS.resolutions) continue;
    let before = text.slice(Math.max(0, m.index - BRACKET_REACH), m.index);
    SENTENCE_END.lastIndex = 0;
    let cut = 0;
    for (let e = SENTENCE_END.exec(before); e; e = SENTENCE_END.exec(before)) cut = e.index + e[0].length;
    before = before.slice(cut);
    if (!RESOLUTION_WORD().test(before)) continue;
    const named = bodyBefore(text, m.index, RESOLVING);
    if (named ? named !== 'unea' : !scan.context().resolutionIsUnea(m.index)) continue;
    const start = m.index + 1;
    out.push({ kind: 'resolution', id: resolutionId(session, number), start, end: m.index + m[0].length - 1, lang: scan.lang(), parts: { body: 'UNEP/EA', meeting: session, number } });
  }
  return out;
}
