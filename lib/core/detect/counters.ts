import { bodyAfter, bodyBefore } from './bodies';
import { type Counter, counterOf } from './counter-grammar';
import { counterProvisions } from './counter-provisions';
import { Cursor } from './cursor';
import { decisionId, resolutionId } from '../ids';
import { pairs } from './numbered';
import { LIMITS, type Recognised, type Recogniser, type Scan } from './scan';
import type { Citation } from './types';

/**
 * Languages that put the number between a prefix and its keyword (Chinese "第十六条第二款第（一）项",
 * "第16条第2款(a)项", "第三十条和第三十一条", "第六款至第八款", "第5/14号决议", "第6/4号和第6/6号决议",
 * "第MC-5/3号决定"). Every word comes from the grammar (counterPrefix, article, paragraph,
 * subparagraph, resolution, decision, listAnd, range, numerals, subLetters); the instrument is
 * named before the provision ("《斯德哥尔摩公约》第5条"), so attribution looks left.
 *
 * This module reads resolutions and decisions and dispatches; articles are read by
 * counter-provisions.ts, and counter-grammar.ts compiles each table's patterns and numerals.
 */

/** "第5/14号决议", "第6/4号和第6/6号决议", "第MC-5/3号决定": one citation per pair. */
function numbered(scan: Scan, at: number, c: Counter): Recognised | null {
  const { text } = scan;
  const g = c.grammar;
  const cur = new Cursor(text, at);
  const list: { pair: ReturnType<typeof pairs>[number]; start: number }[] = [];
  for (let guard = 0; guard < 20; guard++) {
    const start = cur.pos;
    if (!cur.eat(c.pairStart)) break;
    const found = pairs(cur, c.t);
    if (found.length !== 1) {
      cur.pos = start;
      break;
    }
    list.push({ pair: found[0]!, start });
    const save = cur.pos;
    cur.eat(c.measure);
    if (!cur.eat(c.next)) {
      cur.pos = save;
      break;
    }
  }
  const kw = list.length > 0 ? cur.eat(c.keyword) : null;
  if (!kw) return null;
  const end = cur.pos;
  const lang = g.lang;
  const isDecision = g.decision.some((w) => w.endsWith(kw[1]!));
  const ends = list.map((x, i) => (i === list.length - 1 ? end : x.pair.end));
  if (isDecision) {
    const citations: Citation[] = [];
    list.forEach(({ pair: p, start }, i) => {
      const valid = p.session >= 1 && p.session <= LIMITS.cops && (p.draft || (p.number !== null && p.number >= 1 && p.number <= LIMITS.decisions));
      if (!valid || !(p.mc || scan.context().decisionIsMinamataCop(at))) return;
      const parts: Citation['parts'] = { meeting: p.session, number: p.number, ...(p.draft ? { draft: true } : {}) };
      citations.push({ kind: 'decision', id: decisionId(p.session, p.draft ? null : p.number), start, end: ends[i]!, lang, parts });
    });
    return { citations, end };
  }
  const named = bodyAfter(text, end, ['unea', 'body']) ?? bodyBefore(text, at, ['unea', 'body']);
  const unea = named ? named === 'unea' : scan.context().resolutionIsUnea(at);
  const citations: Citation[] = [];
  list.forEach(({ pair: p, start }, i) => {
    if (!unea || p.mc || p.number === null || p.session < 1 || p.session > LIMITS.sessions || p.number < 1 || p.number > LIMITS.resolutions) return;
    citations.push({ kind: 'resolution', id: resolutionId(p.session, p.number), start, end: ends[i]!, lang, parts: { body: 'UNEP/EA', meeting: p.session, number: p.number } });
  });
  return { citations, end };
}

/** At a counter prefix ("第"). */
export const recogniseCounter: Recogniser = (scan, at) => {
  for (const g of scan.grammars()) {
    if (!g.counterPrefix || !scan.text.startsWith(g.counterPrefix, at)) continue;
    const c = counterOf(g);
    const found = numbered(scan, at, c) ?? counterProvisions(scan, at, c);
    if (found) return found;
  }
  return null;
};
