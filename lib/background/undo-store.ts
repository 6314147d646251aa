import { browser } from 'wxt/browser';
import * as v from 'valibot';
import type { SavedItem } from '../core/messages';
import { savedItemSchema } from '../core/saved-item';

/** How long a card's Undo can put an item back, and how many removals are kept for it. */
const KEEP_MS = 10 * 60_000;
const KEEP_ITEMS = 20;
const KEY = 'cardUndo';

const keptSchema = v.array(v.object({ token: v.string(), item: savedItemSchema, at: v.number() }));
type Kept = v.InferOutput<typeof keptSchema>[number];

/**
 * Items removed from a card, kept so its Undo can put them back with their note, pages and tags
 * while the content script only ever holds a random token. In `storage.session` (memory only,
 * out of reach of content scripts by default, kept while the service worker sleeps) where the
 * browser has it, else in this worker's memory.
 */
const memory: Kept[] = [];
const area = () => browser.storage.session as typeof browser.storage.local | undefined;

async function load(): Promise<Kept[]> {
  const session = area();
  if (!session) return memory;
  const stored = v.safeParse(keptSchema, (await session.get(KEY))[KEY]);
  return stored.success ? stored.output : [];
}

async function store(kept: Kept[]): Promise<void> {
  const session = area();
  if (session) await session.set({ [KEY]: kept });
  else memory.splice(0, memory.length, ...kept);
}

export async function keepForUndo(item: SavedItem, now: number): Promise<string> {
  const token = crypto.randomUUID();
  const kept = (await load()).filter((k) => now - k.at < KEEP_MS && k.item.id !== item.id);
  kept.push({ token, item, at: now });
  await store(kept.slice(-KEEP_ITEMS));
  return token;
}

/** The item kept under `token` (and forgets it), or null when unknown or expired. */
export async function takeUndo(token: string, now: number): Promise<SavedItem | null> {
  const kept = await load();
  const found = kept.find((k) => k.token === token && now - k.at < KEEP_MS) ?? null;
  if (found) await store(kept.filter((k) => k !== found));
  return found?.item ?? null;
}
