import type { CDPSession, Page } from '@playwright/test';

/**
 * The card lives in a CLOSED shadow root, which neither the page nor Playwright's locators can
 * enter. The tests reach it the way DevTools does, through the Chrome DevTools Protocol's DOM
 * domain (which sees every shadow root), without any hook in the product.
 *
 * Two ways in:
 * - `cardState(page)` reads the card by value and hands the page nothing: the hostile-page spec uses
 *   it, since the page there is the attacker.
 * - `exposeCardRoot(page)` (on by default for every page the fixtures open, see fixtures.ts) keeps
 *   `window[TEST_ROOT]` in the page's main world pointing at the host's shadow root, and the
 *   `mcxref=` selector engine (registered in fixtures.ts) queries inside it, so ordinary locators,
 *   `getByRole` and auto-waiting work on the card.
 */
export const TEST_ROOT = '__mcxrefTestCardRoot';

/** The selector engine the fixtures register: queries inside the exposed card root. */
export const cardSelectorEngine = () => ({
  query(_root: Node, selector: string): Element | null {
    const root = (window as unknown as Record<string, ShadowRoot | undefined>)['__mcxrefTestCardRoot'];
    return root?.host.isConnected ? root.querySelector(selector) : null;
  },
  queryAll(_root: Node, selector: string): Element[] {
    const root = (window as unknown as Record<string, ShadowRoot | undefined>)['__mcxrefTestCardRoot'];
    return root?.host.isConnected ? [...root.querySelectorAll(selector)] : [];
  },
});

interface DomNode {
  nodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: Array<{ nodeId: number; shadowRootType?: string }>;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** The objectId (in the page's main world) of our host's shadow root, or null when there is no host. */
async function hostRootObject(session: CDPSession): Promise<string | null> {
  const { root } = (await session.send('DOM.getDocument', { depth: 2, pierce: true })) as { root: DomNode };
  const html = root.children?.find((n) => n.nodeName === 'HTML');
  // Our host is the one child of <html> with a shadow root (head and body have none).
  const host = html?.children?.find((n) => (n.shadowRoots?.length ?? 0) > 0);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = (await session.send('DOM.resolveNode', { nodeId: shadow.nodeId })) as { object: { objectId?: string } };
  return object.objectId ?? null;
}

export interface CardState {
  /** Whether a host exists, and the mode of its shadow root. */
  host: 'none' | 'open' | 'closed';
  open: boolean;
  name: string;
  text: string;
  buttons: Array<{ name: string; pressed: string | null; disabled: boolean; x: number; y: number }>;
}

/** Reads the card by value (nothing is handed to the page). */
export async function cardState(page: Page): Promise<CardState> {
  const session = await sessionOf(page);
  const objectId = await hostRootObject(session);
  if (!objectId) return { host: 'none', open: false, name: '', text: '', buttons: [] };
  const { result } = (await session.send('Runtime.callFunctionOn', {
    objectId,
    returnByValue: true,
    functionDeclaration: `function () {
      const dialog = this.querySelector('[role="dialog"]');
      const labelled = dialog && dialog.getAttribute('aria-labelledby');
      const name = dialog ? (labelled ? (this.getElementById(labelled)?.textContent ?? '') : (dialog.getAttribute('aria-label') ?? '')) : '';
      const buttons = dialog ? [...dialog.querySelectorAll('button')].map((b) => {
        const r = b.getBoundingClientRect();
        return { name: (b.getAttribute('aria-label') ?? b.textContent ?? '').trim(), pressed: b.getAttribute('aria-pressed'), disabled: b.disabled, x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }) : [];
      return { host: this.mode, open: !!dialog && dialog.getBoundingClientRect().width > 0, name: name.trim(), text: dialog ? dialog.textContent : '', buttons };
    }`,
  })) as { result: { value: CardState } };
  await session.send('Runtime.releaseObject', { objectId });
  return result.value;
}

/** Clicks a card button by its accessible name with the real (trusted) mouse. */
export async function clickCardButton(page: Page, name: string): Promise<void> {
  const state = await cardState(page);
  const button = state.buttons.find((b) => b.name === name);
  if (!button) throw new Error(`no "${name}" button in the card (buttons: ${state.buttons.map((b) => b.name).join(', ')})`);
  await page.mouse.click(button.x, button.y);
}

/**
 * Keeps `window[TEST_ROOT]` pointing at the card host's shadow root for the life of `page`: the
 * DOM domain reports each node inserted under <html>, and the host is such a node.
 */
export async function exposeCardRoot(page: Page): Promise<void> {
  const session = await sessionOf(page);
  const expose = async () => {
    const objectId = await hostRootObject(session).catch(() => null);
    if (!objectId) return;
    await session
      .send('Runtime.callFunctionOn', { objectId, functionDeclaration: `function () { window['${TEST_ROOT}'] = this; }` })
      .catch(() => undefined);
  };
  session.on('DOM.documentUpdated', () => void expose());
  session.on('DOM.childNodeInserted', () => void expose());
  await session.send('DOM.enable');
  await expose();
}
