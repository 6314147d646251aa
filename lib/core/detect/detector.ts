/**
 * Citation detection: text in, citations of Minamata documents, UNEA resolutions, COP decisions and
 * Convention articles/annexes out, with canonical ids (see types.ts) and UTF-16 spans.
 *
 * How it stays fast: one literal anchor regex (anchors.ts) walks the text; the recognisers run
 * only where an anchor matched, each reading a bounded phrase with sticky patterns, and the context
 * rules scan only the neighbourhood of a candidate, lazily (context.ts). A text with no anchor
 * costs one regex pass, which is also what mayContainCitation() costs.
 *
 * Spans: `text.slice(start, end)` is the printed citation, without the attribution that follows
 * ("of the Convention") and without a leading article ("l'", "el"). When one phrase names several
 * provisions, each id gets its own citation. Head-first lists give each item its own span (the
 * first with the keyword: "resolutions 6/3" | "6/4" | "6/5"); head-last phrases give each item a
 * span from its own letter or number to the end of the article number, so those spans overlap
 * ("subparagraphs (a) and (b) of paragraph 2 of article 16" / "(b) of paragraph 2 of article 16").
 * The page shows every citation under the pointer, so an overlap shows all the ids it names.
 *
 * This module reads the languages registered so far (the Latin ones always): the content script
 * imports it and registers Russian, Chinese and Arabic only on a page that needs them
 * (lib/page/grammars.ts). lib/core/detect/index.ts is the same detector with all six.
 */
import { anchorScanner, type AnchorRole, mayContainCitation, roleAt } from './anchors';
import { recogniseAnnex } from './annexes';
import { recogniseArticle, recogniseParagraph, recogniseSubparagraph } from './articles';
import { ContextIndex } from './context';
import { recogniseCounter } from './counters';
import { recogniseDecision, recogniseMc } from './decisions';
import { recogniseSymbol } from './documents';
import { grammarsFor, type Script, scriptsFor } from './grammar';
import type { Grammar } from './grammar/types';
import { detectLanguage } from './language';
import { bracketedResolutions, recogniseResolution, resolutionHeadings } from './resolutions';
import type { Recognised, Recogniser, Scan } from './scan';
import { isLang } from '../lang';
import type { Citation, DetectLang, DetectOptions } from './types';

export { mayContainCitation } from './anchors';
export { missingScripts, registerGrammars, type Script } from './grammar';
export { detectLanguage } from './language';
export type { Citation, CitationKind, CitationParts, DetectLang, DetectOptions } from './types';

const RECOGNISERS: Record<AnchorRole, Recogniser> = {
  article: recogniseArticle,
  paragraph: recogniseParagraph,
  subparagraph: recogniseSubparagraph,
  annex: recogniseAnnex,
  resolution: recogniseResolution,
  decision: recogniseDecision,
  symbol: recogniseSymbol,
  mc: recogniseMc,
  counter: recogniseCounter,
};

function makeScan(text: string, hint: DetectLang | undefined, scripts: ReadonlySet<Script>): Scan {
  let lang: DetectLang | undefined = hint;
  let grammars: readonly Grammar[] | undefined;
  let context: ContextIndex | undefined;
  return {
    text,
    lang: () => (lang ??= detectLanguage(text)),
    grammars() {
      lang ??= detectLanguage(text);
      return (grammars ??= grammarsFor(lang, scripts));
    },
    context: () => (context ??= new ContextIndex(text, scripts)),
  };
}

/** What happened at one anchor, for the explain tool. */
export interface AnchorVisit {
  at: number;
  word: string;
  role: AnchorRole | null;
  found: Recognised | null;
}

/** The anchor walk of detect(), reporting each anchor to `visit` (used by explain.ts). */
export function walk(text: string, hint: DetectLang | undefined, visit?: (v: AnchorVisit) => void): Citation[] {
  const scripts = scriptsFor(text, hint);
  const scan = makeScan(text, hint, scripts);
  const anchors = anchorScanner(scripts);
  const out: Citation[] = [];
  for (let m = anchors.exec(text); m; m = anchors.exec(text)) {
    const role = roleAt(text, m);
    const found = role ? RECOGNISERS[role](scan, m.index) : null;
    visit?.({ at: m.index, word: m[0], role, found });
    if (!found) continue;
    for (const c of found.citations) out.push(c);
    // Anchors inside a phrase already read (the "article" of "paragraph 5 of article 23") are skipped.
    if (found.end > anchors.lastIndex) anchors.lastIndex = found.end;
  }
  // The two resolution forms without an anchor of their own, kept where no anchored citation already is.
  for (const h of [...resolutionHeadings(scan), ...bracketedResolutions(scan)]) if (!out.some((c) => c.start < h.end && h.start < c.end)) out.push(h);
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/**
 * Finds every citation in `text`, sorted by start. Never throws: any input, including non-strings,
 * gives a (possibly empty) array, because the page layer runs it on whatever text a page holds.
 * `options.lang` is the page's language; without it the language is guessed from the text.
 */
export function detect(text: string, options?: DetectOptions): Citation[] {
  try {
    if (!mayContainCitation(text)) return [];
    const hint = options && isLang(options.lang) ? options.lang : undefined;
    return walk(text, hint);
  } catch {
    // A recogniser bug must cost the page its highlights, not break the content script.
    return [];
  }
}
