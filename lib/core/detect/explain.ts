import { detectLanguage, walk } from './index';
import { inContext } from './evaluation';
import type { DetectLang } from './types';

/**
 * `npm run eval -- --explain "<text>"`: every anchor word the scan stopped at, what the recogniser
 * made of it (nothing parsed, rejected and why, or the citations with the grammar that read them and
 * the attribution rule that accepted them), so the next person can see why a phrase was or was not
 * taken.
 */
export function explain(text: string, lang?: DetectLang): string {
  const lines = [`Language: ${lang ?? `${detectLanguage(text)} (guessed from the text)`}`];
  const found = walk(text, lang, (v) => {
    const head = `@${v.at} "${v.word}"`;
    if (!v.role) return void lines.push(`${head}: not a citation start (part of a word, or no number/letter follows)`);
    if (!v.found) return void lines.push(`${head} [${v.role}]: nothing parses here`);
    const why = v.found.why ? ` — ${v.found.why}` : '';
    if (v.found.citations.length === 0) return void lines.push(`${head} [${v.role}]: rejected${why}  ${inContext(text, v.at, v.found.end, 30)}`);
    lines.push(`${head} [${v.role}]: taken${why}`);
    for (const c of v.found.citations) lines.push(`    ${c.id.padEnd(26)} (${c.lang} grammar)  "${text.slice(c.start, c.end)}"`);
  });
  lines.push(`${found.length} citation(s): ${found.map((c) => c.id).join(', ') || '—'}`);
  return lines.join('\n');
}
