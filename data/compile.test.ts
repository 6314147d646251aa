import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../lib/core/detect/types';
import { CatalogueError, compileIndex, type CompileInput, type DetectFn } from './compile';
import { loadCatalogue } from './load';

/**
 * A stand-in detector for the compile mechanics only: it finds plain COP document symbols and the
 * draft decision. The real detector runs in seed.test.ts.
 */
const symbolsOnly: DetectFn = (text) => {
  const out: Citation[] = [];
  for (const m of text.matchAll(/UNEP\/MC\/COP\.\d+\/(?:INF\/)?\d+|MC-6\/\[--\]/g)) {
    const kind = m[0].startsWith('MC-') ? 'decision' : 'document';
    out.push({ kind, id: m[0], start: m.index, end: m.index + m[0].length, lang: 'fr', parts: {} });
  }
  return out;
};

const dataDir = join(import.meta.dirname, '.');
const fresh = (): CompileInput => structuredClone(loadCatalogue(dataDir));

function problemsOf(input: CompileInput): string[] {
  try {
    compileIndex(input, symbolsOnly);
  } catch (err) {
    if (err instanceof CatalogueError) return err.problems;
    throw err;
  }
  return [];
}

type Json = Record<string, any>;

describe('compileIndex over the real catalogue', () => {
  const index = compileIndex(fresh(), symbolsOnly);

  it('has the whole Convention, the meetings and the note', () => {
    expect(Object.keys(index.articles)).toHaveLength(35);
    expect(Object.keys(index.annexes)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(index.meetings['COP-6']?.segments[0]).toMatchObject({ start: '2025-11-03', end: '2025-11-07' });
    expect(index.notes['cop6-cooperation-fr']).toMatchObject({ lang: 'fr', symbol: null, meeting: 'COP-6' });
  });

  it('records the printed place and an excerpt for each citation', () => {
    const inf28 = index.cited['UNEP/MC/COP.6/INF/28'];
    expect(inf28).toHaveLength(2);
    expect(inf28?.[0]).toMatchObject({ note: 'cop6-cooperation-fr', place: { kind: 'body', number: 3, section: 'II' } });
    expect(inf28?.[0]?.excerpt).toContain('UNEP/MC/COP.6/INF/28');
    expect(inf28?.[1]).toMatchObject({ place: { kind: 'footnote', number: 2 } });
    expect(index.cited['UNEP/MC/COP.5/INF/28']?.[0]).toMatchObject({ place: { kind: 'annex', part: 'operative', number: 6 } });
    expect(index.cited['MC-6/[--]']?.[0]).toMatchObject({ place: { kind: 'annex', part: 'heading' } });
    for (const list of Object.values(index.cited)) {
      for (const c of list) expect(c.excerpt.length).toBeLessThanOrEqual(c.id.length + 2 * 70 + 2);
    }
  });

  it('leaves sources and gap reasons out of the shipped index', () => {
    const text = JSON.stringify(index);
    expect(text).not.toContain('"sources"');
    expect(text).not.toContain('titleGaps');
    expect(text).not.toContain('nameGaps');
  });

  it('takes a second note by its files alone', () => {
    const input = fresh();
    input.notes.push({
      file: 'note-en.json',
      meta: { key: 'second-en', title: 'A second note', lang: 'en', symbol: null, meeting: 'COP-6' },
      text: 'I. Introduction\nSee UNEP/MC/COP.6/INF/30 for details.\n',
    });
    const two = compileIndex(input, symbolsOnly);
    expect(Object.keys(two.notes)).toEqual(['cop6-cooperation-fr', 'second-en']);
    expect(two.cited['UNEP/MC/COP.6/INF/30']?.map((c) => c.note)).toEqual(['cop6-cooperation-fr', 'second-en']);
  });
});

describe('compileIndex rejects a wrong entry, naming the entry and the field', () => {
  it('schema problem: an empty summary', () => {
    const input = fresh();
    (input.catalogue.convention as Json).articles[2].summary.es = '';
    expect(problemsOf(input)).toEqual(['data/catalogue/convention.json › articles[2] (3) › summary.es: text must not be empty']);
  });

  it('a language with neither a verified title nor a stated gap', () => {
    const input = fresh();
    delete (input.catalogue.resolutions as Json).resolutions[0].titleGaps;
    expect(problemsOf(input)).toEqual([
      'data/catalogue/resolutions.json › UNEP/EA.6/Res.3 › titles.en: missing: give the verified wording, or say in titleGaps.en why there is none',
    ]);
  });

  it('a malformed symbol, a missing article, an unknown body, a link off the allow-list', () => {
    const input = fresh();
    (input.catalogue.documents as Json).documents[0].symbol = 'UNEP/MC/COP.6/INF.28';
    (input.catalogue.convention as Json).articles.splice(11, 1);
    (input.catalogue.decisions as Json).decisions[0].bodies.push('who-else');
    (input.catalogue.meetings as Json).meetings[5].links = ['https://minamataconvention.org/en/documents/UNEP-MC-COP.6-INF-28'];
    const problems = problemsOf(input);
    expect(problems).toContain('data/catalogue/documents.json › UNEP/MC/COP.6/INF.28 › symbol: is not a canonical document symbol (lib/core/ids.ts)');
    expect(problems).toContain('data/catalogue/convention.json › article 12 › articles: is missing (all 35 articles are required)');
    expect(problems).toContain('data/catalogue/decisions.json › MC-6/[--] › bodies[10]: "who-else" is not a known body key');
    // A document-page slug guessed from a symbol is not on the allow-list.
    expect(problems.some((p) => p.startsWith('data/catalogue/meetings.json › COP-6 › links[0]:'))).toBe(true);
    expect(problems).toHaveLength(4);
  });

  it('a link that matches no documented pattern', () => {
    const input = fresh();
    (input.catalogue.documents as Json).documents[1].links = ['https://example.org/UNEP/MC/COP.6/INF/28'];
    expect(problemsOf(input)).toEqual([
      'data/catalogue/documents.json › UNEP/MC/COP.6/INF/28 › links[0]: "https://example.org/UNEP/MC/COP.6/INF/28" does not match a documented link pattern (lib/core/index/links.ts)',
    ]);
  });

  it('a note without valid metadata, and a source naming no note', () => {
    const input = fresh();
    input.notes.push({ file: 'bad.json', meta: { key: 'Bad Key', title: 'x', lang: 'de', symbol: null, meeting: 'COP-6' }, text: 'x' });
    (input.catalogue.bodies as Json).bodies[0].sources.push('note:missing');
    const problems = problemsOf(input);
    expect(problems).toContain('data/notes/bad.json › key › (file): must be a lower-case key');
    expect(problems.some((p) => p.startsWith('data/notes/bad.json › lang'))).toBe(true);
    expect(problems).toContain('data/catalogue/bodies.json › who › sources[3]: "note:missing" names no note in data/notes');
  });

  it('the thrown error message lists every problem', () => {
    const input = fresh();
    (input.catalogue.meetings as Json).meetings[0].segments[0].end = '2017-09-01';
    expect(() => compileIndex(input, symbolsOnly)).toThrow(/meetings\.json › COP-1 › segments\[0\]: starts \(2017-09-24\) after it ends/);
  });
});
