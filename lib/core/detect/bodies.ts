import { derived, type Script, SCRIPT_CHARS, scriptsIn } from './grammar';
import { allWords, caseScripts, MINAMATA_SYMBOLS } from './lexicon';
import { alternation, DIGIT, WORD_CHAR } from './normalise';

/**
 * Which body a "resolution n/m" or "decision n/m" belongs to when the sentence says so: "General
 * Assembly resolution 70/1", "UNEA resolution 5/12", "decision 5/1 of the Conference of the Parties
 * to the Minamata Convention", "Governing Council decision 27/12". Read from a short stretch of the
 * same sentence before the keyword and from the attribution after the number.
 */
export type Body = 'unea' | 'minamata' | 'cop' | 'body' | 'instrument';

const CLASSES: readonly Body[] = ['unea', 'minamata', 'cop', 'body', 'instrument'];
function bodySource(scripts?: ReadonlySet<Script>): string {
  return `(?:${[
    alternation([...allWords('uneaNames', scripts), 'UNEP/EA']),
    alternation([...allWords('minamataNames', scripts), ...MINAMATA_SYMBOLS]),
    alternation(allWords('copNames', scripts)),
    alternation(allWords('otherBodies', scripts)),
    alternation(allWords('otherInstruments', scripts)),
  ]
    .map((s) => `(${s})`)
    .join('|')})`;
}
/** The patterns built from the registered tables, rebuilt when a grammar is registered. */
const patterns = derived(() => ({
  BODY_ANY: new RegExp(bodySource(), 'gi'),
  /** The same for text in Latin script alone, which is most text and runs much faster without the other scripts' words. */
  BODY_LATIN: new RegExp(bodySource(new Set(['Latin'])), 'gi'),
  JOIN_AFTER: new RegExp(
    `\\s{0,3},?\\s{0,3}(?:${alternation(allWords('of'))}|${alternation(allWords('adoptedBy'))})\\s{0,4}(?:${alternation(allWords('determiners'))}\\s{0,4})?`,
    'iy',
  ),
  /** In case languages the body follows directly, in the genitive ("резолюция 5/14 Ассамблеи …"); see attribution.ts. */
  BARE_JOIN: caseScripts().length ? new RegExp(`\\s{1,3}(?=${caseScripts().map((s) => SCRIPT_CHARS[s].source).join('|')})`, 'y') : null,
}));
/** The word boundary before a body's name, checked in code: a lookbehind in front of the alternation would slow every scan. */
const INSIDE = new RegExp(`${WORD_CHAR}|${DIGIT}|_`);
const HAN = /^[\u3400-\u9fff\uf900-\ufaff]/;

/** The bodies named in `s`, whole words only, in order. */
function namedIn(s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const { BODY_ANY, BODY_LATIN } = patterns();
  const re = scriptsIn(s).size > 1 ? BODY_ANY : BODY_LATIN;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index > 0 && INSIDE.test(s[m.index - 1]!) && !HAN.test(m[0])) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push(m);
  }
  return out;
}
/** Only this much of the sentence before the keyword speaks for it ("General Assembly, in its resolution"). */
const BEFORE = 60;
const AFTER = 100;
const SENTENCE_END = /[.;!?\n]\s/g;

function classOf(m: RegExpExecArray): Body {
  let k = 0;
  while (m[k + 1] === undefined) k++;
  return CLASSES[k]!;
}

/** The last body of `classes` named in the same sentence just before `at`, if any. */
export function bodyBefore(text: string, at: number, classes: readonly Body[]): Body | null {
  const slice = text.slice(Math.max(0, at - BEFORE), at);
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(slice); m; m = SENTENCE_END.exec(slice)) cut = m.index + m[0].length;
  const tail = slice.slice(cut);
  let found: Body | null = null;
  for (const m of namedIn(tail)) {
    const cls = classOf(m);
    if (classes.includes(cls)) found = cls;
  }
  return found;
}

/**
 * The body of `classes` named by an attribution right after `pos` ("of the General Assembly", "de
 * l'ANUE"). Minamata outranks a COP named in the same phrase, and another treaty or body outranks a
 * COP too: "Conference of the Parties to the Basel Convention" is Basel's.
 */
export function bodyAfter(text: string, pos: number, classes: readonly Body[]): Body | null {
  const { JOIN_AFTER, BARE_JOIN } = patterns();
  JOIN_AFTER.lastIndex = pos;
  let start: number;
  if (JOIN_AFTER.exec(text)) start = JOIN_AFTER.lastIndex;
  else if (BARE_JOIN && ((BARE_JOIN.lastIndex = pos), BARE_JOIN.exec(text))) start = BARE_JOIN.lastIndex;
  else return null;
  const phrase = text.slice(start, start + AFTER).split(/[.;:!?\n(]/)[0]!;
  const seen = new Set<Body>();
  for (const m of namedIn(phrase)) seen.add(classOf(m));
  for (const cls of ['minamata', 'instrument', 'body', 'unea', 'cop'] as const) if (seen.has(cls) && classes.includes(cls)) return cls;
  return null;
}
