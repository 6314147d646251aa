import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import index from 'virtual:mcxref-index';
import type { NotePlace } from '../lib/core/index/compiled';

/**
 * The demo page lays the note out as the UN prints it (tests/site/note-fr.html: "4." before the
 * fourth body paragraph, an <ol> for the draft decision, numbered footnotes). Every place the
 * index records for the note must carry the number printed there.
 */
const html = readFileSync(join(import.meta.dirname, '..', 'tests', 'site', 'note-fr.html'), 'utf8');
const window = new Window();
window.document.write(html);
const doc = window.document;
type El = NonNullable<ReturnType<typeof doc.querySelector>>;

const norm = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** An element's own words: without the printed number, footnote marks or the footnote's back link. */
function wordsOf(el: El): string {
  const copy = el.cloneNode(true) as El;
  for (const extra of copy.querySelectorAll('sup.fn-ref, a[href^="#fnref"], span.pn')) extra.remove();
  return norm(copy.textContent ?? '');
}

type MarkPlace = Exclude<NotePlace, { kind: 'footnote' }>;
const decision = { kind: 'annex', annex: '', decision: true } as const;

/** The place the demo page prints for a paragraph-like element. */
function printedPlace(el: El): MarkPlace {
  if (el.matches('h1, p.subtitle')) return { kind: 'title' };
  if (el.matches('#annex h3')) return { ...decision, part: 'heading' };
  if (el.matches('#annex p.preamble')) {
    // The first is the chapeau ("La Conférence des Parties,"); preambular paragraphs follow.
    const i = [...doc.querySelectorAll('#annex p.preamble')].indexOf(el);
    return i === 0 ? { ...decision, part: 'chapeau' } : { ...decision, part: 'preamble', number: i };
  }
  if (el.matches('#annex ol.operative > li')) return { ...decision, part: 'operative', number: [...el.parentElement!.children].indexOf(el) + 1 };
  const section = el.closest('section')!.querySelector('h2 .num')!.textContent!.replace('.', '');
  return { kind: 'body', number: Number(el.querySelector('span.pn')!.textContent!.replace('.', '')), section };
}

function printedFootnote(li: El): NotePlace {
  const markedIn = doc.querySelector(`a[href="#${li.id}"]`)!.closest('p, li, h3')!;
  return { kind: 'footnote', number: [...li.parentElement!.children].indexOf(li) + 1, mark: printedPlace(markedIn) };
}

const paragraphs = [...doc.querySelectorAll('main h1, main p, main h3, main li')];

describe('places in the note, against the demo page’s printed numbers', () => {
  const cited = Object.values(index.cited).flat().filter((c) => c.note === 'cop6-cooperation-fr');

  it('covers every citation of the note', () => {
    expect(cited.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cited.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const words = norm(c.excerpt.replace(/^…|…$/g, '').replace(/^\d+\.\s/, ''));
    const holders = paragraphs.filter((el) => wordsOf(el).includes(words));
    expect(holders.length, `"${words}" found once on the demo page`).toBe(1);
    const el = holders[0]!;
    expect(c.place).toEqual(el.matches('aside.footnotes li') ? printedFootnote(el) : printedPlace(el));
  });

  it('says "paragraph 4 (section II)" for UNEP/MC/COP.6/INF/29', () => {
    expect(index.cited['UNEP/MC/COP.6/INF/29']?.map((c) => c.place)).toEqual([{ kind: 'body', number: 4, section: 'II' }]);
  });
});
