import { type Body, bodyAfter, bodyBefore } from './bodies';
import { Cursor } from './cursor';
import { type Pair, pairs } from './numbered';
import { LIMITS, type Recogniser } from './scan';
import { KEY_SPACE, tokensOf } from './tokens';
import type { Citation, DetectLang } from './types';

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
  let found: { list: Pair[]; lang: DetectLang; named: boolean } | null = null;
  for (const g of scan.grammars()) {
    const t = tokensOf(g);
    const c = new Cursor(text, at);
    if (!c.eat(t.resolution)) continue;
    c.eat(KEY_SPACE);
    // The Assembly may be named between the keyword and the number ("قرار جمعية الأمم المتحدة للبيئة 5/14").
    const named = c.eat(t.uneaBetween) !== null;
    const list = pairs(c, t).filter((p) => !p.mc);
    if (list.length > 0 && (!found || list[list.length - 1]!.end > found.list[found.list.length - 1]!.end)) found = { list, lang: g.lang, named };
  }
  if (!found) return null;
  // A list stops at its first pair that cannot be a UNEA resolution.
  const valid: Pair[] = [];
  for (const p of found.list) {
    if (p.session < 1 || p.session > LIMITS.sessions || p.number === null || p.number < 1 || p.number > LIMITS.resolutions) break;
    valid.push(p);
  }
  const end = found.list[found.list.length - 1]!.end;
  if (valid.length === 0) return { citations: [], end };
  // Treaties adopt decisions, not resolutions: only assemblies and councils speak for a resolution.
  const after = bodyAfter(text, end, RESOLVING);
  const before = bodyBefore(text, at, RESOLVING);
  const unea = found.named || (after ? after === 'unea' : before ? before === 'unea' : scan.context().resolutionIsUnea(at));
  if (!unea) return { citations: [], end };
  const lang = found.lang;
  const citations: Citation[] = valid.map((p, i) => ({
    kind: 'resolution',
    id: `UNEP/EA.${p.session}/Res.${p.number}`,
    start: i === 0 ? at : p.start,
    end: p.end,
    lang,
    parts: { body: 'UNEP/EA', meeting: p.session, number: p.number! },
  }));
  return { citations, end };
};
