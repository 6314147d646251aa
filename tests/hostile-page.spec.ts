import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cardState, clickCardButton } from './card-probe';
import { highlightTotal, pointAtText } from './page-helpers';

/**
 * A page is never trusted. Here the page itself is the attacker: it tries to open cards with
 * synthetic events, read whether a reference is saved, press Save/Unsave, run its own code in our
 * host, remove the host, and switch the extension off with a forged "content script started" event.
 * The page gets nothing from the tests either (no exposed shadow root).
 */
test.use({ exposeCard: false });

const INF28 = 'UNEP/MC/COP.6/INF/28';
const NOTE = 'my own note — must survive';

async function savedList(page: Page): Promise<Array<{ id: string; note: string }>> {
  return page.evaluate(async () => {
    const reply = (await chrome.runtime.sendMessage({ type: 'saved/list' })) as { value: Array<{ id: string; note: string }> };
    return reply.value.map(({ id, note }) => ({ id, note }));
  });
}

/** Saves INF/28 with a note, from an extension page, as the reader would from the popup. */
async function seed(popup: Page): Promise<void> {
  await popup.evaluate(async (note) => {
    await chrome.runtime.sendMessage({ type: 'saved/save', item: { id: 'UNEP/MC/COP.6/INF/28', kind: 'document', title: 'INF/28', page: { url: 'https://example.org/', title: 'Example', sentence: '' } } });
    await chrome.runtime.sendMessage({ type: 'saved/update', id: 'UNEP/MC/COP.6/INF/28', note });
  }, NOTE);
}

/** What the page can find of our host from its own world: any element added under <html>. */
function pageView(page: Page) {
  return page.evaluate(() => {
    const extra = [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body);
    const pressed = extra.map((el) => el.shadowRoot?.querySelector('[aria-pressed]')?.getAttribute('aria-pressed') ?? null);
    return { hosts: extra.length, shadowRoots: extra.filter((el) => el.shadowRoot).length, pressed: pressed.filter((p) => p !== null), upgraded: (window as unknown as { __upgraded: number }).__upgraded };
  });
}

test('a hostile page cannot open, read or press the card, nor stop it', async ({ context, server, openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await seed(popup);
  const before = await savedList(popup);
  expect(before).toEqual([{ id: INF28, note: NOTE }]);

  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile/attacker.html`);
  await page.bringToFront();
  await expect.poll(() => highlightTotal(page)).toBe(3);
  const point = await pointAtText(page, INF28, 0, 5);

  // 1. Synthetic pointer events over a citation, well past the hover delay: no card, no host.
  await page.evaluate(async ({ x, y }) => {
    const target = document.elementFromPoint(x, y)!;
    for (let i = 0; i < 12; i++) {
      for (const type of ['pointerover', 'pointerenter', 'pointermove', 'mousemove']) {
        target.dispatchEvent(new PointerEvent(type, { clientX: x + (i % 2), clientY: y, bubbles: true, composed: true, pointerType: 'mouse' }));
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }, point);
  await page.waitForTimeout(600);
  expect(await pageView(page)).toEqual({ hosts: 0, shadowRoots: 0, pressed: [], upgraded: 0 });
  expect((await cardState(page)).host).toBe('none');

  // 2. The real pointer opens the card; the page cannot see inside it nor upgrade its host.
  await page.mouse.move(point.x, point.y);
  await expect.poll(async () => (await cardState(page)).name).toBe(INF28);
  const open = await cardState(page);
  expect(open.host).toBe('closed');
  expect(open.buttons.find((b) => b.name === 'Saved')?.pressed).toBe('true');
  expect(await pageView(page)).toEqual({ hosts: 1, shadowRoots: 0, pressed: [], upgraded: 0 });

  // 3. Synthetic clicks and keys where Save is drawn, and on the host: nothing changes.
  const save = open.buttons.find((b) => b.name === 'Saved')!;
  await page.evaluate(({ x, y }) => {
    const hit = document.elementFromPoint(x, y)!;
    for (const target of [hit, document.documentElement.lastElementChild!]) {
      target.dispatchEvent(new PointerEvent('pointerdown', { clientX: x, clientY: y, bubbles: true, composed: true }));
      target.dispatchEvent(new PointerEvent('pointerup', { clientX: x, clientY: y, bubbles: true, composed: true }));
      target.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, composed: true }));
      (target as HTMLElement).click();
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }
  }, save);
  await page.waitForTimeout(400);
  expect(await savedList(popup)).toEqual(before);

  // 4. The page removes the host: the next real hover brings the card back.
  await page.mouse.move(5, 5);
  await expect.poll(async () => (await cardState(page)).open).toBe(false);
  await page.evaluate(() => {
    for (const el of [...document.documentElement.children]) if (el !== document.head && el !== document.body) el.remove();
  });
  const other = await pointAtText(page, 'MC-5/3', 0, 2);
  await page.mouse.move(other.x, other.y);
  await expect.poll(async () => (await cardState(page)).name).toBe('Decision MC-5/3');
  expect(await pageView(page)).toEqual({ hosts: 1, shadowRoots: 0, pressed: [], upgraded: 0 });

  // 5. Unsave in the card offers Undo, which puts the item back with its note.
  await page.mouse.move(5, 5);
  await expect.poll(async () => (await cardState(page)).open).toBe(false);
  await page.mouse.move(point.x, point.y);
  await expect.poll(async () => (await cardState(page)).name).toBe(INF28);
  await clickCardButton(page, 'Saved');
  await expect.poll(async () => (await savedList(popup)).length).toBe(0);
  await expect.poll(async () => (await cardState(page)).buttons.map((b) => b.name)).toContain('Undo');
  await clickCardButton(page, 'Undo');
  await expect.poll(() => savedList(popup)).toEqual(before);
  await expect.poll(async () => (await cardState(page)).buttons.find((b) => b.name === 'Saved')?.pressed).toBe('true');
});

test('a forged "content script started" event does not switch the extension off, and the page is not told our id', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile/attacker.html`);
  await page.bringToFront();
  await expect.poll(() => highlightTotal(page)).toBe(3);
  // The forged event, with the name WXT derives from the (public) extension id.
  await page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    window.postMessage({ type, contentScriptName: 'content', messageId: 'forged' }, '*');
  }, extensionId);
  await page.waitForTimeout(500);
  expect(await highlightTotal(page)).toBe(3);
  const point = await pointAtText(page, INF28, 0, 5);
  await page.mouse.move(point.x, point.y);
  await expect.poll(async () => (await cardState(page)).name).toBe(INF28);
  // Nothing the page heard through postMessage named the extension (but its own forgery).
  const heard = await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);
  expect(heard.filter((m) => m.includes(extensionId) && !m.includes('forged'))).toEqual([]);
});
