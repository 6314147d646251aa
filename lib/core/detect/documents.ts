import type { Recogniser, Scan } from './scan';
import type { Citation } from './types';
import { sticky } from './cursor';
import { documentId, resolutionId } from '../ids';

/**
 * Document symbols of the Minamata COP (UNEP/MC/COP.6/INF/28, …/22/Add.1/Rev.1, …/CRP.6) and UNEA
 * resolution symbols (UNEP/EA.6/Res.3). Symbols are matched in any case, with stray spaces or one
 * line break between their parts (PDF copies break lines inside them), and are reported in their
 * canonical case. The anchor is "UNEP" followed by a slash, so the Basel, Rotterdam and Stockholm
 * series (UNEP/CHW…, UNEP/FAO/RC…, UNEP/POPS…) and other UNEP bodies fail here, and the
 * secretariat's letter references (MC/COP6/2025/59) never reach this code.
 */

const S = '\\s{0,2}';
const N = '(\\d{1,3})';
const DOCUMENT = sticky(
  `(?:UNEP${S}/${S})?MC${S}/${S}COP${S}\\.${S}(\\d{1,2})${S}/${S}(?:(INF)${S}/${S}${N}|(CRP)${S}\\.${S}${N}|${N})` +
    `((?:${S}/${S}(?:Add|Rev|Corr)${S}\\.${S}\\d{1,2}(?!\\d))*)(?!\\d)`,
);
const SUFFIX = /(Add|Rev|Corr)\s*\.\s*(\d{1,2})/gi;
const RES_SYMBOL = sticky(`UNEP${S}/${S}EA${S}\\.${S}(\\d{1,2})${S}/${S}Res${S}\\.${S}(\\d{1,3})(?!\\d)`);
const CANONICAL_SUFFIX: Record<string, string> = { add: 'Add', rev: 'Rev', corr: 'Corr' };

/** Recognises a symbol at an anchor "UNEP". */
export const recogniseSymbol: Recogniser = (scan, at) => {
  const { text } = scan;
  DOCUMENT.lastIndex = at;
  const doc = DOCUMENT.exec(text);
  if (doc) {
    const citation = documentCitation(doc, at, scan.lang());
    if (!citation) return null;
    const citations = [citation, ...documentRange(scan, citation)];
    return { citations, end: citations[citations.length - 1]!.end };
  }
  RES_SYMBOL.lastIndex = at;
  const res = RES_SYMBOL.exec(text);
  if (!res) return null;
  const meeting = Number(res[1]);
  const number = Number(res[2]);
  if (meeting < 1 || number < 1) return null;
  const end = at + res[0].length;
  return {
    citations: [
      { kind: 'resolution', id: resolutionId(meeting, number), start: at, end, lang: scan.lang(), parts: { body: 'UNEP/EA', meeting, number } },
    ],
    end,
  };
};

/** The most documents one range may name. */
const RANGE_MAX = 20;
/**
 * The far end of a range of documents of one series, in the three ways pages write it: the whole
 * symbol ("… to UNEP/MC/COP.5/INF/6"), the last segment ("… à INF/6") or the number ("…/INF/3–6").
 */
const RANGE_END = new RegExp(
  `(\\s{0,3}[-\u2010-\u2014]\\s{0,3}|\\s{1,4}(?:to|through|à|a|al)\\s{1,4})` +
    `(?:(?:UNEP${S}/${S})?MC${S}/${S}COP${S}\\.${S}(\\d{1,2})${S}/${S}(?:(INF)${S}/${S}|(CRP)${S}\\.${S})?|(INF)${S}/${S}|(CRP)${S}\\.${S})?` +
    `(\\d{1,3})(?![\\d/]|\\.\\d|\\p{L})`,
  'iuy',
);

/** The documents after `first` when it opens a range: one citation per document, each with the span of its own number. */
function documentRange(scan: Scan, first: Citation): Citation[] {
  const { parts } = first;
  if (parts.suffixes?.length || parts.number == null) return [];
  RANGE_END.lastIndex = first.end;
  const m = RANGE_END.exec(scan.text);
  if (!m) return [];
  const meeting = m[2] ? Number(m[2]) : parts.meeting!;
  const series = m[3] || m[5] ? 'INF' : m[4] || m[6] ? 'CRP' : m[2] ? undefined : parts.series;
  const to = Number(m[7]);
  if (meeting !== parts.meeting || series !== parts.series || to <= parts.number || to - parts.number >= RANGE_MAX) return [];
  const end = RANGE_END.lastIndex;
  // The last document covers what is printed for it; those between, unprinted, cover the whole range.
  const lastStart = first.end + m[1]!.length;
  const out: Citation[] = [];
  for (let n = parts.number + 1; n <= to; n++) {
    const ownParts: Citation['parts'] = { body: 'UNEP/MC/COP', meeting, number: n, suffixes: [] };
    if (series) ownParts.series = series;
    out.push({ kind: 'document', id: documentId('UNEP/MC/COP', meeting, n, series), start: n === to ? lastStart : first.start, end, lang: first.lang, parts: ownParts });
  }
  return out;
}

function documentCitation(m: RegExpExecArray, at: number, lang: Citation['lang']): Citation | null {
  const meeting = Number(m[1]);
  const series = m[2] ? 'INF' : m[4] ? 'CRP' : undefined;
  const number = Number(m[3] ?? m[5] ?? m[6]);
  if (meeting < 1 || number < 1) return null;
  let end = at + m[0].length;
  // A symbol names each suffix type once; a repeated type ("/Add.1/Add.2") starts something else.
  const suffixes: string[] = [];
  const seen = new Set<string>();
  const tail = m[7] ?? '';
  const tailStart = end - tail.length;
  SUFFIX.lastIndex = 0;
  for (let s = SUFFIX.exec(tail); s; s = SUFFIX.exec(tail)) {
    const type = CANONICAL_SUFFIX[s[1]!.toLowerCase()]!;
    if (seen.has(type)) {
      end = tailStart + tail.lastIndexOf('/', s.index);
      break;
    }
    seen.add(type);
    suffixes.push(`${type}.${Number(s[2])}`);
  }
  const id = documentId('UNEP/MC/COP', meeting, number, series, suffixes);
  const parts: Citation['parts'] = { body: 'UNEP/MC/COP', meeting, number, suffixes };
  if (series) parts.series = series;
  return { kind: 'document', id, start: at, end, lang, parts };
}
