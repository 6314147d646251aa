import type { SavedItem } from '../messages';

/** Names our export files so an import can tell them from any other JSON. */
export const JSON_FORMAT = 'mc-xref-saved-list';

/**
 * The version of the JSON layout. Raise it when the layout changes in a way an older extension
 * cannot read; the importer refuses files newer than it knows instead of guessing.
 */
export const JSON_FORMAT_VERSION = 1;

/** The export file: every field of every item, so export → clear → import gives the list back. */
export interface JsonExport {
  format: typeof JSON_FORMAT;
  version: number;
  exportedAt: string;
  items: SavedItem[];
}

/** Serialises the list with everything in it, readable by people and diff tools (2-space indent). */
export function toJson(items: readonly SavedItem[], now = Date.now()): string {
  const file: JsonExport = { format: JSON_FORMAT, version: JSON_FORMAT_VERSION, exportedAt: new Date(now).toISOString(), items: [...items] };
  return `${JSON.stringify(file, null, 2)}\n`;
}
