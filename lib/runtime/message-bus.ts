import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import type { BackgroundDef, ContentDef, DefOf, MessageDef, Payload, Reply, ReplyValue, Request } from '../core/messages';
import { SavedListError } from '../core/errors';
import { describeIssue } from '../core/saved-item';

type AnyDef = MessageDef<string, v.GenericSchema, v.GenericSchema>;

/**
 * Who sent a message, as far as the table of allowed senders cares:
 * - `extension`: one of this extension's own pages or its service worker (sender.url under
 *   runtime.getURL(''));
 * - `content`: one of its content scripts, i.e. code that runs next to an untrusted page;
 * - null: anything else (another extension, a web page through externally_connectable): ignored.
 */
export type SenderKind = 'extension' | 'content';

export function senderKind(sender: { id?: string; url?: string; tab?: unknown } | undefined, ownId = browser.runtime.id, ownBase = browser.runtime.getURL('/')): SenderKind | null {
  if (!sender || typeof sender.id !== 'string' || sender.id !== ownId) return null;
  if (typeof sender.url === 'string' && sender.url.startsWith(ownBase)) return 'extension';
  return 'content';
}

/**
 * Sends one message to the background and returns its reply value, or throws a SavedListError.
 * Typed by the message's schemas; the background validated the request and built the reply from
 * them, so the reply is not parsed again here (which keeps the schemas out of the content script).
 */
export async function send<K extends BackgroundDef['type']>(type: K, payload: Payload<DefOf<BackgroundDef, K>>): Promise<ReplyValue<DefOf<BackgroundDef, K>>> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage({ ...payload, type });
  } catch (error) {
    throw new SavedListError('storage-failed', `the extension did not answer: ${String(error)}`);
  }
  return unwrap(type, reply);
}

/** Sends one message to a frame of a tab's content script and returns its reply value. */
export async function sendToTab<K extends ContentDef['type']>(tabId: number, type: K, payload: Payload<DefOf<ContentDef, K>>, frameId = 0): Promise<ReplyValue<DefOf<ContentDef, K>>> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, { ...payload, type }, { frameId });
  } catch (error) {
    throw new SavedListError('no-page', `the page did not answer: ${String(error)}`);
  }
  return unwrap(type, reply);
}

/** The value of a Reply envelope, or its error thrown as a SavedListError. */
function unwrap<T>(type: string, reply: unknown): T {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) throw new SavedListError('storage-failed', `${type}: no answer`);
  const r = reply as Reply<T>;
  if (!r.ok) throw new SavedListError(r.code, r.error, r.detail);
  return r.value;
}

/** One row of a receiver's table: which senders may send the message, and what answers it. */
export interface Handler<D extends AnyDef> {
  def: D;
  from: readonly SenderKind[];
  run: (request: Request<D>, sender: Browser.runtime.MessageSender) => Promise<ReplyValue<D>> | ReplyValue<D>;
}

/** Builds a table row with its types tied to the message definition. */
export function handler<D extends AnyDef>(def: D, from: readonly SenderKind[], run: Handler<D>['run']): Handler<AnyDef> {
  return { def, from, run } as unknown as Handler<AnyDef>;
}

/**
 * Answers one incoming message from a table: checks the sender, finds the row, validates the
 * request against its schema, runs it, and wraps the value or the error into a Reply. Anything
 * not from this extension gets no answer at all (undefined), so a stranger learns nothing.
 */
export async function dispatch(table: ReadonlyMap<string, Handler<AnyDef>>, message: unknown, sender: Browser.runtime.MessageSender, kind = senderKind(sender)): Promise<Reply<unknown> | undefined> {
  if (kind === null) return undefined;
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  const row = typeof type === 'string' ? table.get(type) : undefined;
  if (!row) return { ok: false, code: 'bad-message', error: `unknown message type ${JSON.stringify(type)}` };
  if (!row.from.includes(kind)) return { ok: false, code: 'not-allowed', error: `${row.def.type} may not be sent from a ${kind === 'content' ? 'web page' : 'extension page'}` };
  const parsed = v.safeParse(row.def.request, message);
  if (!parsed.success) return invalid(row.def.type, parsed.issues);
  try {
    return { ok: true, value: await row.run(parsed.output, sender) };
  } catch (error) {
    const e = error instanceof SavedListError ? error : new SavedListError('storage-failed', String(error));
    return { ok: false, code: e.code, error: e.message, ...(e.detail === undefined ? {} : { detail: e.detail }) };
  }
}

/** A malformed request: `unknown-id` when the first problem is a reference id, else `bad-message`. */
function invalid(type: string, issues: readonly v.BaseIssue<unknown>[]): Reply<never> {
  const path = issues[0]?.path?.map((p) => String(p.key)) ?? [];
  if (path[path.length - 1] === 'id' && issues[0]?.message.includes('reference id')) {
    const id = String(issues[0].input).slice(0, 80);
    return { ok: false, code: 'unknown-id', error: `${JSON.stringify(issues[0].input)} is not a reference id this extension knows`, detail: id };
  }
  return { ok: false, code: 'bad-message', error: `malformed ${type}: ${describeIssue(issues)}` };
}

/** Turns rows into the lookup table a receiver dispatches through. */
export function table(rows: Array<Handler<AnyDef>>): ReadonlyMap<string, Handler<AnyDef>> {
  return new Map(rows.map((row) => [row.def.type, row]));
}
