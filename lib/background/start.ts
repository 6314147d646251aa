import { browser } from 'wxt/browser';
import { handleMessage } from './router';
import { registerContextMenu } from './context-menu';
import { registerCommands } from './commands';
import { registerPdfRedirect } from './pdf-redirect';
import { backupIfStale } from '../store/live';

/**
 * Registers every background listener synchronously, as MV3 requires: the service worker may be
 * stopped after 30 s idle and restarted by the next event, so nothing here keeps state in globals.
 */
export function startBackground(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => handleMessage(message, sender));
  registerContextMenu();
  registerCommands();
  registerPdfRedirect();
  backupIfStale();
}
