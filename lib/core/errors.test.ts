import { describe, expect, it } from 'vitest';
import { LANGS } from './i18n';
import { SavedListError, errorText, mayHaveLostData, storageError } from './errors';

/** "Nothing was changed" in each interface language: never said after a failure that may have cost the list. */
const NOTHING_CHANGED = /nothing was changed|rien n’a été modifié|no se cambió nada/i;

describe('storage errors', () => {
  it.each([
    ['QuotaExceededError', 'storage-full'],
    ['AbortError', 'storage-failed'],
    ['UnknownError', 'storage-failed'],
  ])('%s may have cost the list: it is flagged, and no language says nothing was changed', (name, code) => {
    const error = storageError(new DOMException('boom', name));
    expect(error.code).toBe(code);
    expect(error.unsafe).toBe(true);
    expect(mayHaveLostData(error)).toBe(true);
    expect(mayHaveLostData(new DOMException('boom', name))).toBe(true);
    expect(error.message).not.toMatch(NOTHING_CHANGED);
    for (const lang of LANGS) expect(errorText(lang, error)).not.toMatch(NOTHING_CHANGED);
  });

  it('other failures are not flagged, and a SavedListError passes through unchanged', () => {
    expect(storageError(new DOMException('closed', 'InvalidStateError')).unsafe).toBe(false);
    const own = new SavedListError('not-saved', 'gone', 'MC-5/3');
    expect(storageError(own)).toBe(own);
    expect(mayHaveLostData(own)).toBe(false);
  });
});
