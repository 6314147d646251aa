/**
 * The runtime-message contract between content scripts, extension pages and the background
 * service worker: every message is defined once here, as a valibot schema for the request and
 * one for the value its reply carries; the TypeScript types are derived from them. Senders use
 * `send()` / `sendToTab()` (lib/runtime/message-bus.ts), which check the reply; receivers dispatch through
 * one table per side (lib/background/router.ts, lib/page/start.ts) that validates each request and
 * checks who sent it. Which sender may send what is in those tables.
 */
import * as v from 'valibot';
import { CITATION_KINDS } from './detect/types';
import { LANGS } from './lang';
import { LIMITS, idSchema, noteSchema, saveInputSchema, savedItemSchema, savedPageSchema, tagsSchema } from './saved-item';
import { MAX_IMPORT_BYTES } from './export/import-json';
import { cardLabelsSchema, cardModelSchema } from './card-schema';

/** A message: its `type`, the schema of the whole request (type included) and of its reply's value. */
export interface MessageDef<T extends string, Q extends v.GenericSchema, R extends v.GenericSchema> {
  type: T;
  request: Q;
  reply: R;
}

// Pure: lets the bundler drop the definitions a bundle never uses (the content script needs few).
/* @__NO_SIDE_EFFECTS__ */
function define<const T extends string, E extends v.ObjectEntries, R extends v.GenericSchema>(type: T, entries: E, reply: R) {
  return { type, request: v.strictObject({ type: v.literal(type), ...entries }), reply } satisfies MessageDef<T, v.GenericSchema, R>;
}

/** What a sender passes to `send()`: the request without its `type`. */
export type Payload<D extends MessageDef<string, v.GenericSchema, v.GenericSchema>> = Omit<v.InferInput<D['request']>, 'type'>;
export type Request<D extends MessageDef<string, v.GenericSchema, v.GenericSchema>> = v.InferOutput<D['request']>;
export type ReplyValue<D extends MessageDef<string, v.GenericSchema, v.GenericSchema>> = v.InferOutput<D['reply']>;

// ---------------------------------------------------------------------------------------------
// Shared shapes.
// ---------------------------------------------------------------------------------------------

/** A page a reference was saved from: where, what it was called, and the sentence around it. */
export type SavedPage = v.InferOutput<typeof savedPageSchema>;
/** One reference in the reader's list, as stored, listed, exported and imported. */
export type SavedItem = v.InferOutput<typeof savedItemSchema>;
/** What the card sends when the reader presses Save. */
export type SaveInput = v.InferOutput<typeof saveInputSchema>;

export const EXPORT_FORMATS = ['json', 'csv', 'ris', 'csl-json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const exportFileSchema = v.object({ filename: v.string(), mime: v.string(), text: v.string() });
/** A file ready to download. */
export type ExportFile = v.InferOutput<typeof exportFileSchema>;

const importSummarySchema = v.object({ added: v.number(), merged: v.number(), total: v.number() });
/** What an import did: items new to the list, items merged into one already there, items afterwards. */
export type ImportSummary = v.InferOutput<typeof importSummarySchema>;

const pageCitationSchema = v.object({
  id: v.string(),
  kind: v.picklist(CITATION_KINDS),
  /** The text as printed at its first occurrence. */
  text: v.string(),
  count: v.number(),
  /** The sentence around its first occurrence (what a save from the popup records). */
  sentence: v.optional(v.string()),
});
/** One distinct citation on the page, with how often it appears. */
export type PageCitation = v.InferOutput<typeof pageCitationSchema>;
const pageCitationsSchema = v.object({ url: v.string(), title: v.string(), citations: v.array(pageCitationSchema) });
export type PageCitations = v.InferOutput<typeof pageCitationsSchema>;

// ---------------------------------------------------------------------------------------------
// To the background (the saved list, the index).
// ---------------------------------------------------------------------------------------------

/** Saves a reference from a card or the popup (or adds this page to one already saved). */
export const SAVED_SAVE = define('saved/save', { item: saveInputSchema }, v.object({ id: v.string() }));
/** Which of `ids` are saved, so a card can show Save or Saved. */
export const SAVED_STATE = define(
  'saved/state',
  { ids: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(LIMITS.stateIds, `at most ${LIMITS.stateIds} ids`)) },
  v.array(v.string()),
);
/**
 * Unsave from a card: the background keeps the removed item and answers a token that puts it
 * back (`saved/undo`), so a content script never holds the reader's note.
 */
export const SAVED_UNSAVE = define('saved/unsave', { id: idSchema }, v.object({ undo: v.nullable(v.string()) }));
export const SAVED_UNDO = define('saved/undo', { token: v.pipe(v.string(), v.maxLength(64)) }, v.object({ restored: v.boolean() }));
/** Removes an item; answers the removed item (null when it was not saved) so the popup can undo. */
export const SAVED_REMOVE = define('saved/remove', { id: idSchema }, v.nullable(savedItemSchema));
/** Puts back an item exactly as `saved/remove` returned it (the popup's undo). */
export const SAVED_RESTORE = define('saved/restore', { item: savedItemSchema }, savedItemSchema);
export const SAVED_LIST = define('saved/list', {}, v.array(savedItemSchema));
/** The `limit` most recently saved items and how many there are in all (the popup's first screen). */
export const SAVED_HEAD = define(
  'saved/head',
  { limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.head)) },
  v.object({ items: v.array(savedItemSchema), total: v.number() }),
);
export const SAVED_UPDATE = define('saved/update', { id: idSchema, note: v.optional(noteSchema), tags: v.optional(tagsSchema) }, savedItemSchema);
/** `lang`: the reader's, for the titles reference managers receive (English when absent). */
export const SAVED_EXPORT = define('saved/export', { format: v.picklist(EXPORT_FORMATS), lang: v.optional(v.picklist(['en', 'fr', 'es'])) }, exportFileSchema);
export const SAVED_IMPORT = define(
  'saved/import',
  { text: v.pipe(v.string(), v.maxLength(MAX_IMPORT_BYTES - 1, 'the file is 50 MB or larger')) },
  importSummarySchema,
);
/** Empties the list; answers how many items were removed. */
export const SAVED_CLEAR = define('saved/clear', {}, v.number());
/** The hover cards of some references in the reader's language, with the card's interface words. */
export const INDEX_CARDS = define(
  'index/cards',
  { ids: v.pipe(v.array(v.pipe(v.string(), v.maxLength(120))), v.maxLength(500)), lang: v.picklist(LANGS) },
  v.object({ models: v.array(cardModelSchema), labels: cardLabelsSchema }),
);

// ---------------------------------------------------------------------------------------------
// To a tab's content script (from the popup and the background).
// ---------------------------------------------------------------------------------------------

/** `pdf`: the frame is the browser's own PDF viewer (Content-Type application/pdf), where the popup offers the reader. */
export const CONTENT_PING = define('content-ping', {}, v.object({ url: v.string(), top: v.boolean(), pdf: v.optional(v.boolean()) }));
/** Which citations the page holds. */
export const PAGE_CITATIONS = define('page-citations', {}, pageCitationsSchema);
/** Scrolls to occurrence `index` (0-based, default 0) of citation `id` and flashes it. */
export const REVEAL_CITATION = define(
  'reveal-citation',
  { id: v.pipe(v.string(), v.maxLength(200)), index: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) },
  v.object({ found: v.boolean() }),
);
/** The keyboard command: the next (or, with step -1, previous) citation, with focus in its card. */
export const NEXT_CITATION = define('next-citation', { step: v.optional(v.picklist([1, -1])) }, v.object({ moved: v.boolean() }));
/** Longest selection forwarded; a citation is short and detection over a whole page belongs to the scan. */
export const LOOKUP_TEXT_MAX = 2000;
/**
 * From the context menu, to the frame where the reader chose "Look up citation": open the card for
 * the first citation `text` (the browser's selectionText, cut to LOOKUP_TEXT_MAX) contains.
 */
export const LOOKUP_SELECTION = define('lookup-selection', { text: v.pipe(v.string(), v.maxLength(LOOKUP_TEXT_MAX)) }, v.null());
export type LookupSelectionMessage = Request<typeof LOOKUP_SELECTION>;

/** Every message the background answers, and every message a content script answers. */
export type BackgroundDef =
  | typeof SAVED_SAVE | typeof SAVED_STATE | typeof SAVED_UNSAVE | typeof SAVED_UNDO | typeof SAVED_REMOVE | typeof SAVED_RESTORE
  | typeof SAVED_LIST | typeof SAVED_HEAD | typeof SAVED_UPDATE | typeof SAVED_EXPORT | typeof SAVED_IMPORT | typeof SAVED_CLEAR
  | typeof INDEX_CARDS;
export type ContentDef = typeof CONTENT_PING | typeof PAGE_CITATIONS | typeof REVEAL_CITATION | typeof NEXT_CITATION | typeof LOOKUP_SELECTION;
/** The definition of message type `K` among `D`. */
export type DefOf<D, K> = Extract<D, { type: K }>;

// ---------------------------------------------------------------------------------------------
// Replies and errors.
// ---------------------------------------------------------------------------------------------

/**
 * Why a request failed, as a stable code the interface turns into a sentence in the reader's
 * language (lib/core/errors.ts); `error` is the English text for logs and tests.
 */
export const ERROR_CODES = [
  'bad-message',
  'unknown-id',
  'not-saved',
  'storage-full',
  'storage-failed',
  'import-not-json',
  'import-other-format',
  'import-newer-version',
  'import-bad-field',
  'import-forbidden-key',
  'import-too-large',
  'no-page',
  'site-disabled',
  'not-allowed',
  'unknown-type',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return ERROR_CODES.some((code) => code === value);
}

/** Every answer: a value, or an error the sender can show. */
export type Reply<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; error: string; detail?: string };

/** The messages a content script answers, by type: what sendToTab checks each reply against. */
export const CONTENT_MESSAGES = {
  'content-ping': CONTENT_PING,
  'page-citations': PAGE_CITATIONS,
  'reveal-citation': REVEAL_CITATION,
  'next-citation': NEXT_CITATION,
  'lookup-selection': LOOKUP_SELECTION,
} as const satisfies { [K in ContentDef['type']]: DefOf<ContentDef, K> };

/**
 * The key in `storage.local` the owner bumps after every change to the list. Content scripts
 * cannot open the extension's IndexedDB nor hear its BroadcastChannel, but every context hears
 * `storage.onChanged`, so this one small key keeps cards and popups in all tabs in step.
 */
export const SAVED_VERSION_KEY = 'savedListVersion';

/** The value stored under SAVED_VERSION_KEY: a counter, and which ids changed (null: many or all). */
export const savedVersionSchema = v.object({ rev: v.number(), changed: v.nullable(v.array(v.string())) });
export type SavedVersion = v.InferOutput<typeof savedVersionSchema>;

/** True for a well-formed LookupSelectionMessage. */
export function isLookupSelectionMessage(message: unknown): message is LookupSelectionMessage {
  return v.is(LOOKUP_SELECTION.request, message);
}
