import { describe, expect, it } from 'vitest';
import { detect, mayContainCitation } from './index';
import { loadCorpus } from './test-support/corpus';

const MB = 1 << 20;
const fill = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/**
 * CPU time this process spent (user + system), not wall-clock time: on a shared two-core machine a
 * test process waiting for a core is not slower code, and only the work done is counted here.
 */
function cpuMs<T>(work: () => T): { ms: number; value: T } {
  const before = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, value };
}

function timed(text: string): { ms: number; count: number } {
  const { ms, value } = cpuMs(() => detect(text).length);
  return { ms, count: value };
}

// Loose caps: these catch quadratic or exponential behaviour, not small regressions (see bench:detect).
const CAP_MS = 1500;

describe('detect: linear time on adversarial input', () => {
  it.each([
    ['"article " repeated', fill('article ')],
    ['"articles 3, " repeated', fill('articles 3, ')],
    ['"paragraph 5 of " repeated', fill('paragraph 5 of ')],
    ['"alinéa a) et " repeated', fill('alinéa a) et ')],
    ['"UNEP/MC/COP." repeated', fill('UNEP/MC/COP.')],
    ['"UNEP/MC/COP.6/22/Add.1" repeated without separators', fill('UNEP/MC/COP.6/22/Add.1')],
    ['"6/6/6/…"', fill('6/')],
    ['"resolutions 6/3, " repeated', fill('resolutions 6/3, ')],
    ['"decision MC-5/" repeated', fill('decision MC-5/')],
    ['long runs of digits and slashes', fill('1234567890/////')],
    ['one letter', fill('a')],
    ['spaces', fill(' ')],
    ['"Minamata Convention article 4 of the " repeated', fill('Minamata Convention article 4 of the ')],
  ])('%s, 1 MB', (_label, text) => {
    const { ms } = timed(text);
    expect(ms).toBeLessThan(CAP_MS);
  });

  it('handles a 2 MB page with 5000 citations', () => {
    const note = loadCorpus().find((e) => e.name === 'fr-00-seed-note.txt')!.text;
    const perNote = detect(note).length;
    const copies = Math.ceil(5000 / perNote);
    const filler = fill('Texte ordinaire sans rien de particulier, des chiffres 12 et 2024. ', Math.max(0, 2 * MB - copies * note.length) / copies);
    const page = Array.from({ length: copies }, () => note + filler).join('\n');
    const { ms, count } = timed(page);
    expect(count).toBe(copies * perNote);
    expect(count).toBeGreaterThanOrEqual(5000);
    expect(ms).toBeLessThan(CAP_MS);
  });

  it('prefilters 1 MB of prose without citations quickly', () => {
    const prose = fill('The committee met on Tuesday to discuss the budget for the coming year and approved it. ');
    const { ms, value } = cpuMs(() => mayContainCitation(prose));
    expect(value).toBe(false);
    expect(ms).toBeLessThan(200);
  });
});
