import { type Body, bodyAfter, bodyBefore } from './bodies';
import { keywordPairs, mcPair, type Pair } from './numbered';
import { LIMITS, type Recogniser } from './scan';
import type { Citation, DetectLang } from './types';
import { decisionId } from '../ids';

/**
 * Minamata COP decisions: "decision MC-5/3", "décision MC-4/11", "decisiones MC-5/1 y MC-5/2", the
 * draft placeholder "MC-6/[--]", and "MC-5/3" on its own. The MC- prefix is Minamata's own (Basel,
 * Rotterdam and Stockholm use BC-, RC-, SC-), so it needs no context. A bare "decision 5/1" is
 * accepted only where the text is about the Minamata COP: mercury is the topic and the last body
 * named before it is that COP or the Convention, not UNEA, another treaty or another body.
 */

function citation(p: Pair, start: number, lang: DetectLang): Citation {
  const id = decisionId(p.session, p.draft ? null : p.number);
  const parts: Citation['parts'] = { meeting: p.session, number: p.number };
  if (p.draft) parts.draft = true;
  return { kind: 'decision', id, start, end: p.end, lang, parts };
}

const validPair = (p: Pair): boolean =>
  p.session >= 1 && p.session <= LIMITS.cops && (p.draft || (p.number !== null && p.number >= 1 && p.number <= LIMITS.decisions));

const ALL: readonly Body[] = ['unea', 'minamata', 'cop', 'body', 'instrument'];

/** At a decision keyword. */
export const recogniseDecision: Recogniser = (scan, at) => {
  const { text } = scan;
  const found = keywordPairs(scan, at, (t) => t.decision);
  if (!found) return null;
  const valid: Pair[] = [];
  for (const p of found.list) {
    if (!validPair(p)) break;
    valid.push(p);
  }
  const end = found.list[found.list.length - 1]!.end;
  if (valid.length === 0) return { citations: [], end, why: 'the numbers are outside the Minamata COP’s meetings and decisions' };
  if (!valid[0]!.mc) {
    const named = bodyAfter(text, end, ALL) ?? bodyBefore(text, at, ALL);
    const ok = named ? named === 'minamata' || (named === 'cop' && scan.context().decisionIsMinamataCop(at)) : scan.context().decisionIsMinamataCop(at);
    if (!ok) return { citations: [], end, why: 'a bare n/m decision: the Minamata COP is not the body named or the subject here' };
  }
  const why = valid[0]!.mc ? 'the MC- prefix is the Minamata COP’s own' : 'a bare n/m decision of the Minamata COP (named, or the subject here)';
  return { citations: valid.map((p, i) => citation(p, i === 0 ? at : p.start, found.lang)), end, why };
};

/** At an "MC-" anchor: the symbol alone. */
export const recogniseMc: Recogniser = (scan, at) => {
  const p = mcPair(scan.text, at);
  if (!p || !validPair(p)) return null;
  // "MC2/7", "MC 4/2": without the hyphen the prefix is Minamata's only in a text about mercury.
  if (!/^MC\s?[-\u2010-\u2013]/iu.test(scan.text.slice(at, at + 4)) && !scan.context().near(at, ['minamata', 'topic', 'cop'])) {
    return { citations: [], end: p.end, why: 'MC without a hyphen, and no Minamata, mercury or COP nearby' };
  }
  return { citations: [citation(p, at, scan.lang())], end: p.end };
};
