/**
 * The typed runtime-message contract between content scripts, extension pages and the background
 * service worker. Every message is validated by its receiver; see lib/background/router.ts.
 */

/** A sender as the runtime describes it (the fields we read). */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
}

/**
 * True when a message comes from this extension: its content scripts (sender.id is ours) or its
 * own pages. Messages from web pages through externally_connectable or from other extensions
 * carry another id and are ignored.
 */
export function isOwnSender(sender: SenderLike | undefined, ownId: string): boolean {
  return !!sender && typeof sender.id === 'string' && sender.id === ownId;
}
