import { describe, expect, it, vi } from 'vitest';
import { detect, missingScripts } from '../core/detect/detector';
import { OTHER_SCRIPT_GRAMMARS } from '../core/detect/grammar/other-scripts';
import { ensureGrammars } from './grammars';

const RUSSIAN = 'Согласно пункту 2 статьи 16 Минаматской конвенции о ртути';

// One file, one module state: the steps below run in order, before and after the tables arrive.
describe('ensureGrammars (the content script loads the tables of other scripts on demand)', () => {
  it('loads nothing for a text the Latin tables read', async () => {
    const source = vi.fn(async () => OTHER_SCRIPT_GRAMMARS);
    expect(await ensureGrammars('Article 16 of the Minamata Convention', 'en', source)).toBe(false);
    expect(await ensureGrammars(RUSSIAN, 'en', source)).toBe(false); // an English page reads Latin alone
    expect(source).not.toHaveBeenCalled();
  });

  it('resolves false and forgets a failed load, so a later text tries again', async () => {
    const failing = vi.fn(async (): Promise<never> => {
      throw new Error('blocked');
    });
    expect(await ensureGrammars(RUSSIAN, 'ru', failing)).toBe(false);
    expect(failing).toHaveBeenCalledTimes(1);
    expect(missingScripts(RUSSIAN, 'ru')).toEqual(['Cyrillic']);
    expect(detect(RUSSIAN, { lang: 'ru' })).toEqual([]);
  });

  it('loads once for concurrent texts, registers the tables, and says the text must be read again', async () => {
    const source = vi.fn(async () => OTHER_SCRIPT_GRAMMARS);
    const results = await Promise.all([ensureGrammars(RUSSIAN, 'ru', source), ensureGrammars('第十六条', undefined, source), ensureGrammars(RUSSIAN, undefined, source)]);
    expect(results).toEqual([true, true, true]);
    expect(source).toHaveBeenCalledTimes(1);
    expect(detect(RUSSIAN, { lang: 'ru' }).map((c) => c.id)).toEqual(['minamata:art16(2)']);
  });

  it('loads nothing once the tables are registered', async () => {
    const source = vi.fn(async () => OTHER_SCRIPT_GRAMMARS);
    expect(await ensureGrammars('المادة 16 من اتفاقية ميناماتا', 'ar', source)).toBe(false);
    expect(source).not.toHaveBeenCalled();
  });
});
