import { browser, type Browser } from 'wxt/browser';
import { listen } from '../runtime/listen';
import { handleMessage } from './router';
import { registerContextMenu } from './context-menu';
import { registerCommands } from './commands';
import { registerPdfRedirect } from './pdf-redirect';
import { backupIfStale } from '../store/live';

/**
 * Registers every background listener synchronously, as MV3 requires: the service worker may be
 * stopped after 30 s idle and restarted by the next event, so nothing here keeps state in globals.
 * The worker never tears down; `signal` (one abort removes every listener) is for tests.
 */
export function startBackground(signal: AbortSignal = new AbortController().signal): void {
  listen(browser.runtime.onMessage, (message: unknown, sender: Browser.runtime.MessageSender) => handleMessage(message, sender), signal);
  registerContextMenu(signal);
  registerCommands(signal);
  registerPdfRedirect(signal);
  backupIfStale();
}
