import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openSavedDb } from '../../store/db';
import { SavedListError } from '../errors';
import { clearItems, importItems, listItems, saveItem, updateItem } from '../../store/saved-list';
import { freshName, saveInput, savedItem } from '../../store/test-helpers';
import { MAX_IMPORT_BYTES, checkImportSize, parseImport } from './import-json';
import { JSON_FORMAT, JSON_FORMAT_VERSION, toJson } from './json';

function rejection(text: string): SavedListError {
  try {
    parseImport(text);
  } catch (error) {
    expect(error).toBeInstanceOf(SavedListError);
    return error as SavedListError;
  }
  throw new Error('the file was accepted');
}

const file = (items: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: JSON_FORMAT, version: JSON_FORMAT_VERSION, exportedAt: '2026-01-01T00:00:00.000Z', items, ...extra });

describe('parseImport accepts', () => {
  it('its own export, with or without a byte-order mark', () => {
    const items = [savedItem('MC-5/3', { note: 'n', tags: ['x'] }), savedItem('minamata:art23(5)(b)')];
    expect(parseImport(toJson(items))).toEqual(items);
    expect(parseImport(`\uFEFF${toJson(items)}`)).toEqual(items);
  });
});

describe('parseImport rejects, saying what is wrong', () => {
  it.each([
    ['not JSON', 'this is, not { json', 'import-not-json', undefined],
    ['an empty file', '', 'import-not-json', undefined],
    ['a JSON array', '[]', 'import-other-format', undefined],
    ['JSON of another program', JSON.stringify({ items: [] }), 'import-other-format', undefined],
    ['a CSL-JSON file', JSON.stringify([{ id: 'x', type: 'report' }]), 'import-other-format', undefined],
    ['a newer format version', file([], { version: JSON_FORMAT_VERSION + 1 }), 'import-newer-version', String(JSON_FORMAT_VERSION + 1)],
    ['a version that is not a number', file([], { version: '1' }), 'import-bad-field', 'version'],
    ['missing items', JSON.stringify({ format: JSON_FORMAT, version: 1 }), 'import-bad-field', 'items: is missing'],
    ['a missing field', file([{ ...savedItem('MC-5/3'), kind: undefined }]), 'import-bad-field', 'items[0].kind: is missing'],
    ['a wrong field type', file([savedItem('MC-5/3'), { ...savedItem('MC-5/4'), note: 42 }]), 'import-bad-field', 'items[1].note'],
    ['an unknown id', file([savedItem('NOT/A/SYMBOL')]), 'import-bad-field', 'items[0].id: is not a reference id this extension knows'],
    ['a kind that does not match the id', file([{ ...savedItem('MC-5/3'), kind: 'article' }]), 'import-bad-field', 'items[0]'],
    ['a tag on two lines', file([{ ...savedItem('MC-5/3'), tags: ['one\ntwo'] }]), 'import-bad-field', 'items[0].tags[0]: must be on one line'],
    ['a note that is too long', file([{ ...savedItem('MC-5/3'), note: 'x'.repeat(10_001) }]), 'import-bad-field', 'items[0].note'],
    ['a __proto__ key at the top', `{"format":"${JSON_FORMAT}","version":1,"__proto__":{"polluted":true},"items":[]}`, 'import-forbidden-key', '__proto__'],
    ['a __proto__ key inside an item', file([{ ...savedItem('MC-5/3') }]).replace('"note":', '"__proto__":{"isAdmin":true},"note":'), 'import-forbidden-key', '__proto__'],
    ['a constructor key', file([]).replace('"items"', '"constructor":{"prototype":{}},"items"'), 'import-forbidden-key', undefined],
  ] as const)('%s', (_label, text, code, detail) => {
    const error = rejection(text);
    expect(error.code).toBe(code);
    if (detail !== undefined) expect(error.detail ?? '').toContain(detail);
    expect(error.message.length).toBeGreaterThan(20);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a file of 50 MB', () => {
    const big = file([]).padEnd(MAX_IMPORT_BYTES, ' ');
    expect(rejection(big).code).toBe('import-too-large');
    expect(() => checkImportSize(MAX_IMPORT_BYTES)).toThrow(SavedListError);
    expect(() => checkImportSize(MAX_IMPORT_BYTES - 1)).not.toThrow();
  });
});

describe('round trip', () => {
  it('export, clear, import gives back exactly the same list', async () => {
    const db = await openSavedDb(freshName());
    const ids = ['UNEP/MC/COP.6/INF/28', 'UNEP/MC/COP.6/22/Add.1', 'UNEP/EA.6/Res.3', 'MC-5/3', 'MC-6/[--]', 'minamata:art23(5)(b)', 'minamata:annexA'];
    for (const [i, id] of ids.entries()) {
      await saveItem(db, saveInput(id, `https://example.org/${i}?q="quoted",x`, { title: `Tïtle, “${i}”\nsecond line` }), 1000 + i);
      await saveItem(db, saveInput(id, 'https://other.example/', { page: { url: 'https://other.example/', title: '', sentence: '' } }), 5000 + i);
      if (i % 2 === 0) await updateItem(db, id, { note: `Note ${i}\nwith a line break, and "quotes"`, tags: ['mercury', `t${i}`] }, 9000 + i);
    }
    const before = await listItems(db);
    const exported = toJson(before);
    await clearItems(db);
    expect(await listItems(db)).toEqual([]);
    await importItems(db, parseImport(exported));
    expect(await listItems(db)).toEqual(before);
    db.close();
  });

  it('a rejected file leaves the list unchanged', async () => {
    const db = await openSavedDb(freshName());
    await saveItem(db, saveInput('MC-5/3'), 1000);
    const before = await listItems(db);
    const bad = file([savedItem('MC-5/4'), { ...savedItem('MC-5/5'), pages: 'nope' }]);
    expect(() => parseImport(bad)).toThrow(SavedListError);
    expect(await listItems(db)).toEqual(before);
    db.close();
  });
});
