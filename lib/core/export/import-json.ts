import * as v from 'valibot';
import type { SavedItem } from '../messages';
import { SavedListError } from '../errors';
import { LIMITS, describeIssue, savedItemSchema } from '../saved-item';
import { JSON_FORMAT, JSON_FORMAT_VERSION } from './json';

/** Files this large are refused before they are read: no real list comes near it. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Keys that could change an object's prototype if some later code copied the parsed value. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fileSchema = v.object({
  items: v.pipe(v.array(savedItemSchema), v.maxLength(LIMITS.items, `must hold at most ${LIMITS.items} items`)),
});

/**
 * Reads an export file and returns its items, or throws a SavedListError that says what is wrong
 * with it. Nothing here writes: the caller stores the items only after the whole file passed,
 * so a bad file leaves the list untouched.
 */
export function parseImport(text: string): SavedItem[] {
  // A UTF-16 string is never shorter than its UTF-8 bytes divided by 3; checking length here
  // covers the background, and the popup checks the file's byte size before reading it.
  if (text.length >= MAX_IMPORT_BYTES) throw tooLarge();
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) {
        throw new SavedListError('import-forbidden-key', `the file contains the key "${key}", which is not allowed`, key);
      }
      return value;
    });
  } catch (error) {
    if (error instanceof SavedListError) throw error;
    throw new SavedListError('import-not-json', 'this file is not JSON; choose a file exported from this extension as JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== JSON_FORMAT) {
    throw new SavedListError('import-other-format', `this file is not a saved-references export (no "format": "${JSON_FORMAT}")`);
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new SavedListError('import-bad-field', 'version: must be a whole number', 'version');
  }
  if (version > JSON_FORMAT_VERSION) {
    throw new SavedListError(
      'import-newer-version',
      `this file was written by a newer version of the extension (format ${version}; this one reads up to ${JSON_FORMAT_VERSION}); update the extension`,
      String(version),
    );
  }
  const result = v.safeParse(fileSchema, data);
  if (!result.success) {
    const where = describeIssue(result.issues);
    throw new SavedListError('import-bad-field', `the file has a wrong or missing field: ${where}`, where);
  }
  return result.output.items;
}

function tooLarge(): SavedListError {
  return new SavedListError('import-too-large', 'the file is 50 MB or larger; a saved-references export is far smaller');
}

/** The check the popup runs on a File before reading it. */
export function checkImportSize(bytes: number): void {
  if (bytes >= MAX_IMPORT_BYTES) throw tooLarge();
}
