import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Wires the content script: answers the extension's own messages about this frame.
 */
export function startContent(ctx: ContentScriptContext): void {
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if ((message as { type?: string })?.type === 'content-ping') {
      return Promise.resolve({ ok: true, value: { url: location.href, top: window === window.top } });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
