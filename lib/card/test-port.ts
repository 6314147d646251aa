import { vi } from 'vitest';
import type { CardModel } from './model';
import type { CardLabels } from '../core/card-labels';
import type { CardPort } from './port';

/** Card labels for tests: each word is its own key, so a test can tell which one a card shows. */
export const testLabels = new Proxy({} as CardLabels, { get: (_, key) => (typeof key === 'string' ? key : undefined) });

/**
 * A port that keeps the saved list in memory (for unit tests): every method is a vi.fn, and
 * `changeElsewhere(ids)` plays a change made in another tab.
 */
export function fakePort(saved = new Set<string>()) {
  const listeners = new Set<(changed: string[] | null) => void>();
  const port = {
    load: vi.fn(async (refs: ReadonlyArray<{ id: string; kind: string }>) => ({
      models: refs.map((r) => ({ id: r.id, kind: r.kind, label: r.id, reference: `ref ${r.id}`, inIndex: true, citedIn: [], links: [], related: [] }) as unknown as CardModel),
      labels: testLabels,
    })),
    savedState: vi.fn(async (ids: readonly string[]) => new Set(ids.filter((id) => saved.has(id)))),
    save: vi.fn(async (item: { id: string }) => void saved.add(item.id)),
    unsave: vi.fn(async (id: string) => (saved.delete(id) ? `undo-${id}` : null)),
    undo: vi.fn(async (token: string) => void saved.add(token.replace(/^undo-/, ''))),
    copy: vi.fn(async () => {}),
    onSavedChanged: vi.fn((listener: (changed: string[] | null) => void, signal: AbortSignal) => {
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener));
    }),
  } satisfies CardPort;
  return {
    port,
    saved,
    listeners,
    changeElsewhere(ids: string[] | null) {
      for (const listener of listeners) listener(ids);
    },
  };
}
