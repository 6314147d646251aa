import { type Attribution, classifyPhrase } from './attribution';
import { type Counter, numberList } from './counter-grammar';
import { Cursor } from './cursor';
import { derived, type Grammar } from './grammar';
import { articleId } from '../ids';
import { allWords } from './lexicon';
import { bounded } from './normalise';
import type { Leaf } from './provisions';
import { LIMITS, type Recognised, type Scan } from './scan';
import type { Citation } from './types';

/**
 * Articles, paragraphs and subparagraphs in a counter language ("第十六条第二款第（一）项", "第三十条和第三十一条",
 * "第六款至第八款"), and whose they are: the instrument is named before the provision, so attribution looks left.
 */

const MINAMATA_NAME = derived(() => new RegExp(bounded(allWords('minamataNames')), 'i'));

/**
 * Who a provision belongs to, read from what is named just before it: "《关于汞的水俣公约》第23条" is
 * Minamata's, "《公约》第5条" and "本公约第5条" say "the Convention", and any other title in 《》
 * (a treaty, a law, a protocol) is another instrument's.
 */
export function attributionBefore(text: string, at: number, g: Grammar): Attribution {
  const before = text.slice(Math.max(0, at - 60), at).replace(/\s+$/, '');
  const named = /《([^《》]{1,40})》(?:的)?$/.exec(before);
  if (named) {
    const found = classifyPhrase(named[1]!);
    // Mercury in a title does not make it the Convention ("《欧盟汞法规》"): only its name does.
    if (found === 'minamata') return MINAMATA_NAME().test(named[1]!) ? 'minamata' : 'other';
    return found === 'none' ? 'other' : found;
  }
  if (g.instrumentWords.some((w) => before.endsWith(w))) return 'other';
  return g.convention.some((w) => before.endsWith(w)) ? 'generic' : 'none';
}

const paragraphsOf = (leaves: Leaf[], article: number): number => leaves.filter((l) => l.article === article && l.paragraph !== undefined).length;

function leavesAt(cur: Cursor, c: Counter): Leaf[] {
  const leaves: Leaf[] = [];
  let pendingRange: number | null = null;
  for (let guard = 0; guard < LIMITS.articles; guard++) {
    const itemStart = cur.pos;
    const a = cur.eat(c.numbers);
    const articles = a ? numberList(a, c) : null;
    if (!articles || !cur.eat(c.article) || articles.some((x) => x < 1 || x > LIMITS.articles)) {
      cur.pos = itemStart;
      break;
    }
    const to = articles[0]!;
    if (pendingRange !== null && to > pendingRange && to - pendingRange <= 20) {
      for (let x = pendingRange + 1; x < to; x++) leaves.push({ article: x, start: itemStart, end: cur.pos });
    }
    let end = cur.pos;
    const p = articles.length === 1 ? cur.eat(c.numbers) : null;
    const paragraphs = p ? numberList(p, c) : null;
    if (paragraphs && cur.eat(c.paragraph) && paragraphs.every((x) => x >= 1 && x <= LIMITS.paragraphs)) {
      end = cur.pos;
      const subs: string[] = [];
      for (let s = paragraphs.length === 1 ? cur.eat(c.sub) : null; s; ) {
        const letter = c.t.subLetter((s[1] ?? s[2])!);
        if (!letter) break;
        subs.push(letter);
        end = cur.pos;
        const save = cur.pos;
        s = cur.eat(c.and) ? cur.eat(c.sub) : null;
        if (!s) cur.pos = save;
      }
      cur.pos = end;
      for (const x of paragraphs) {
        if (subs.length === 0) leaves.push({ article: articles[0]!, paragraph: x, start: itemStart, end });
        for (const s of subs) leaves.push({ article: articles[0]!, paragraph: x, subparagraph: s, start: itemStart, end });
      }
    } else {
      cur.pos = end;
      for (const x of articles) leaves.push({ article: x, start: itemStart, end });
    }
    const joined = cur.eat(c.next);
    if (!joined) break;
    // "第4条至第6条": the articles between the two ends are cited too.
    if (c.range.test(joined[0]) && articles.length === 1 && paragraphsOf(leaves, articles[0]!) === 0) pendingRange = articles[0]!;
    else pendingRange = null;
  }
  return leaves;
}

export function counterProvisions(scan: Scan, at: number, c: Counter): Recognised | null {
  const leaves = leavesAt(new Cursor(scan.text, at), c);
  if (leaves.length === 0) return null;
  const end = Math.max(...leaves.map((l) => l.end));
  const attribution = attributionBefore(scan.text, at, c.grammar);
  const accepted = attribution === 'minamata' || (attribution !== 'other' && scan.context().conventionIsMinamata(at));
  if (!accepted) return { citations: [], end };
  const lang = c.grammar.lang;
  const citations: Citation[] = leaves.map((l) => {
    const parts: Citation['parts'] = { article: l.article };
    if (l.paragraph !== undefined) {
      parts.paragraph = l.paragraph;
      if (l.subparagraph) parts.subparagraph = l.subparagraph;
    }
    return { kind: 'article', id: articleId(l.article, l.paragraph, l.subparagraph), start: l.start, end: l.end, lang, parts };
  });
  return { citations, end };
}
