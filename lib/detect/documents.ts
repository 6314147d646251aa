import type { Recogniser } from './scan';
import type { Citation } from './types';
import { sticky } from './cursor';

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
  `UNEP${S}/${S}MC${S}/${S}COP${S}\\.${S}(\\d{1,2})${S}/${S}(?:(INF)${S}/${S}${N}|(CRP)${S}\\.${S}${N}|${N})` +
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
    return citation ? { citations: [citation], end: citation.end } : null;
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
      { kind: 'resolution', id: `UNEP/EA.${meeting}/Res.${number}`, start: at, end, lang: scan.lang(), parts: { body: 'UNEP/EA', meeting, number } },
    ],
    end,
  };
};

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
  const head = series === 'INF' ? `INF/${number}` : series === 'CRP' ? `CRP.${number}` : `${number}`;
  const id = ['UNEP/MC/COP.' + meeting, head, ...suffixes].join('/');
  const parts: Citation['parts'] = { body: 'UNEP/MC/COP', meeting, number, suffixes };
  if (series) parts.series = series;
  return { kind: 'document', id, start: at, end, lang, parts };
}
