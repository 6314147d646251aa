import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { CONTENT_MESSAGES, isErrorCode, type BackgroundDef, type ContentDef, type DefOf, type MessageDef, type Payload, type Reply, type ReplyValue, type Request } from '../core/messages';
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
 * Typed by the message's schemas. The background validated the request and built the reply from
 * the same schemas' types, so only the envelope is checked here: parsing every value again would
 * put the schemas of the whole list into the content script of every page.
 */
export async function send<K extends BackgroundDef['type']>(type: K, payload: Payload<DefOf<BackgroundDef, K>>): Promise<ReplyValue<DefOf<BackgroundDef, K>>> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage({ ...payload, type });
  } catch (error) {
    throw new SavedListError('storage-failed', `the extension did not answer: ${String(error)}`);
  }
  return trusted<ReplyValue<DefOf<BackgroundDef, K>>>(unwrap(type, reply));
}

/** The one place a reply value takes its message's type without being parsed: the background's (see send). */
function trusted<T>(value: unknown): T {
  return value as T;
}

/**
 * Sends one message to a frame of a tab's content script and returns its reply value, checked
 * against the message's reply schema: a content script runs next to a page that may have
 * compromised its renderer, so what it answers is parsed like any other untrusted input.
 */
export async function sendToTab<K extends ContentDef['type']>(
  tabId: number,
  type: K,
  payload: Payload<DefOf<ContentDef, K>>,
  frameId = 0,
): Promise<v.InferOutput<(typeof CONTENT_MESSAGES)[K]['reply']>> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, { ...payload, type }, { frameId });
  } catch (error) {
    throw new SavedListError('no-page', `the page did not answer: ${String(error)}`);
  }
  const value = v.safeParse(CONTENT_MESSAGES[type].reply, unwrap(type, reply));
  if (!value.success) throw new SavedListError('bad-message', `${type}: the page answered ${describeIssue(value.issues)}`);
  return value.output;
}

/**
 * The value of a Reply envelope, or its error thrown as a SavedListError. Checked by hand rather
 * than with replySchema, which would weigh on the content script of every page.
 */
function unwrap(type: string, reply: unknown): unknown {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) throw new SavedListError('storage-failed', `${type}: no answer`);
  if (reply.ok === true) return 'value' in reply ? reply.value : undefined;
  const field = (key: 'code' | 'error' | 'detail') => (key in reply ? Reflect.get(reply, key) : undefined);
  const code = field('code');
  const detail = field('detail');
  throw new SavedListError(isErrorCode(code) ? code : 'storage-failed', String(field('error') ?? `${type} failed`), typeof detail === 'string' ? detail : undefined);
}

/**
 * One row of a receiver's table: which senders may send the message, and how it is answered: the
 * request validated against its schema, then the handler run on the typed request.
 */
export interface Handler {
  type: string;
  from: readonly SenderKind[];
  answer(message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply<unknown>>;
}

/** Builds a table row whose handler sees the request as its schema parsed it, typed by the definition. */
export function handler<D extends AnyDef>(
  def: D,
  from: readonly SenderKind[],
  run: (request: Request<D>, sender: Browser.runtime.MessageSender) => Promise<ReplyValue<D>> | ReplyValue<D>,
): Handler {
  return {
    type: def.type,
    from,
    async answer(message, sender) {
      const parsed = v.safeParse(def.request, message);
      if (!parsed.success) return invalid(def.type, parsed.issues);
      return { ok: true, value: await run(parsed.output, sender) };
    },
  };
}

/**
 * Answers one incoming message from a table: checks the sender, finds the row, which validates
 * the request and runs it, and wraps the value or the error into a Reply. Anything not from this
 * extension gets no answer at all (undefined), so a stranger learns nothing.
 */
export async function dispatch(table: ReadonlyMap<string, Handler>, message: unknown, sender: Browser.runtime.MessageSender, kind = senderKind(sender)): Promise<Reply<unknown> | undefined> {
  if (kind === null) return undefined;
  const type = typeof message === 'object' && message !== null && 'type' in message ? message.type : undefined;
  const row = typeof type === 'string' ? table.get(type) : undefined;
  if (!row) return { ok: false, code: 'bad-message', error: `unknown message type ${JSON.stringify(type)}` };
  if (!row.from.includes(kind)) return { ok: false, code: 'not-allowed', error: `${row.type} may not be sent from a ${kind === 'content' ? 'web page' : 'extension page'}` };
  try {
    return await row.answer(message, sender);
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
export function table(rows: Handler[]): ReadonlyMap<string, Handler> {
  return new Map(rows.map((row) => [row.type, row]));
}
