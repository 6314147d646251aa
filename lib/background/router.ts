import { browser, type Browser } from 'wxt/browser';
import { isOwnSender } from '../messages';
import { handleSavedMessage } from './saved-handlers';
import { handleIndexMessage } from './index-handlers';
import { injectCardUi } from './card-ui-injector';

/**
 * Answers runtime messages. A message from anything but this extension's own pages and content
 * scripts is ignored (undefined means "no answer"), and every answer is a plain object so the
 * sender can tell a result from an error.
 */
export async function handleMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  if (!isOwnSender(sender, browser.runtime.id)) return undefined;
  if (typeof message !== 'object' || message === null) return { ok: false, error: 'not a message' };
  const type = (message as { type?: unknown }).type;
  if (typeof type === 'string' && type.startsWith('saved/')) return handleSavedMessage(message);
  if (type === 'index/cards') return handleIndexMessage(message);
  if (type === 'card-ui/load') return injectCardUi(sender);
  switch (type) {
    case 'ping':
      return { ok: true, value: 'pong' };
    default:
      return { ok: false, error: `unknown message type ${JSON.stringify(type)}` };
  }
}
