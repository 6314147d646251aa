import type { SaveInput, SavedItem } from '../core/messages';
import { noteTime, tagsTime } from './normalise';

/** Builders for the saved-list tests: small valid inputs with canonical ids. */
export function saveInput(id = 'UNEP/MC/COP.6/INF/28', url = 'https://example.org/a', overrides: Partial<SaveInput> = {}): SaveInput {
  return { id, kind: kindOf(id), title: `Title of ${id}`, page: { url, title: 'A page', sentence: `As noted in ${id}, …` }, ...overrides };
}

export function savedItem(id: string, overrides: Partial<SavedItem> = {}): SavedItem {
  const item: SavedItem = {
    id,
    kind: kindOf(id),
    title: `Title of ${id}`,
    savedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    pages: [{ url: 'https://example.org/a', title: 'A page', sentence: `See ${id}.`, savedAt: 1_700_000_000_000 }],
    note: '',
    tags: [],
    ...overrides,
  };
  // As stored since schema version 3: each editable field carries its own time.
  return { ...item, noteUpdatedAt: noteTime(item), tagsUpdatedAt: tagsTime(item) };
}

function kindOf(id: string): SavedItem['kind'] {
  if (id.startsWith('minamata:')) return 'article';
  if (id.startsWith('MC-')) return 'decision';
  if (/^UNEP\/EA\.\d+\/Res\./.test(id)) return 'resolution';
  return 'document';
}

/** A unique database name per test, so tests never see each other's data. */
let counter = 0;
export function freshName(): string {
  counter += 1;
  return `test-saved-${counter}-${Math.random().toString(36).slice(2)}`;
}
