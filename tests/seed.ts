import type { Page } from '@playwright/test';

/**
 * Writes `count` saved items straight into the extension's IndexedDB from one of its pages (same
 * origin), in one transaction: seeding 100,000 items through runtime messages would itself hit the
 * message size this test is about. The items are built in the page so they do not cross the
 * DevTools protocol. Each has a note of `noteLength` characters. Answers the count in the store.
 */
export function seedDirectly(page: Page, count: number, noteLength = 40): Promise<number> {
  return page.evaluate(
    async ({ count, noteLength }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('mc-xref-saved');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('items', 'readwrite');
      const store = tx.objectStore('items');
      const filler = 'mercury trade, emissions and releases; '.repeat(Math.ceil(noteLength / 39)).slice(0, noteLength);
      for (let i = 0; i < count; i++) {
        const at = Date.UTC(2026, 0, 1) + i * 1000;
        const id = `UNEP/MC/COP.${(i % 6) + 1}/INF/${Math.floor(i / 6) + 1}`;
        store.put({
          id,
          kind: 'document',
          title: `Information document ${i + 1}`,
          savedAt: at,
          updatedAt: at,
          pages: [{ url: `https://example.org/report/${i}`, title: `Report ${i}`, sentence: `As set out in ${id}.`, savedAt: at }],
          note: `${i}: ${filler}`,
          tags: i % 5 === 0 ? ['cop'] : [],
          noteUpdatedAt: at,
          tagsUpdatedAt: i % 5 === 0 ? at : 0,
        });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      const total = await new Promise<number>((resolve) => {
        const request = db.transaction('items').objectStore('items').count();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return total;
    },
    { count, noteLength },
  );
}
