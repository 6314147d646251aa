import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { hoverCitation, mirrorCardForAxe, storeSettings, tabIdOf } from './page-helpers';

/** axe-core violations as "rule: targets" lines, so a failure names what to fix. */
async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** axe-core violations of the open card (checked on a copy: axe cannot enter its closed root). */
async function cardViolations(page: Page): Promise<string[]> {
  return axeViolations(page, await mirrorCardForAxe(page));
}

/** The viewport rectangle of the first place `text` is printed in the page's light DOM. */
async function textRect(page: Page, text: string): Promise<{ left: number; right: number; top: number; bottom: number }> {
  return page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + text.length);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }
    throw new Error(`"${text}" is not on the page`);
  }, text);
}

test.describe('cards in Russian and Chinese', () => {
  test('a Russian card on the French note: Russian interface, the French title said to be French', async ({ context, server, serviceWorker }) => {
    await storeSettings(serviceWorker, { cardLang: 'ru' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/note-fr.html`);
    const card = await hoverCitation(page, 'résolution 6/9', 12);
    await expect(card).toHaveAttribute('lang', 'ru');
    await expect(card).toHaveAttribute('dir', 'ltr');
    await expect(card.locator('.badge')).toHaveText('Резолюция ЮНЕА');
    await expect(card.locator('h2')).toHaveText('Резолюция 6/9');
    await expect(card.locator('.title')).toHaveAttribute('lang', 'fr');
    await expect(card.locator('.note').first()).toHaveText('Проверенное название есть только на французском языке; проверенной формулировки на этом языке нет.');
    await expect(card.getByRole('button', { name: 'Копировать ссылку' })).toBeVisible();
    expect(await cardViolations(page)).toEqual([]);
  });

  test('a Chinese card on the English briefing', async ({ context, server, serviceWorker }) => {
    await storeSettings(serviceWorker, { cardLang: 'zh' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/brief-en.html`);
    const card = await hoverCitation(page, 'Article 16(2)(a)');
    await expect(card).toHaveAttribute('lang', 'zh');
    await expect(card.locator('.badge')).toHaveText('公约条款');
    await expect(card.locator('h2')).toHaveText('第16条第2款(a)项');
    await expect(card.locator('.title')).toHaveAttribute('lang', 'en');
    await expect(card.getByRole('button', { name: '收藏' })).toBeVisible();
    expect(await cardViolations(page)).toEqual([]);
  });
});

test.describe('Arabic, right to left', () => {
  test('the card is mirrored, starts at the citation’s right edge, and passes axe in light and dark', async ({ context, server, serviceWorker }) => {
    await storeSettings(serviceWorker, { cardLang: 'ar' });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.goto(`${server.origin}/brief-en.html`);
    const card = await hoverCitation(page, 'Article 16(2)(a)');
    await expect(card).toHaveAttribute('dir', 'rtl');
    await expect(card).toHaveAttribute('lang', 'ar');
    await expect(card.locator('.badge')).toHaveText('حكم من أحكام الاتفاقية');
    await expect(card.locator('h2')).toHaveText('المادة 16، الفقرة 2، الفقرة الفرعية (a)');
    // Text from another language keeps its own direction inside the mirrored card.
    await expect(card.locator('.title')).toHaveAttribute('dir', 'ltr');
    expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // The close button sits at the start edge, on the right: the head row is mirrored.
    const close = (await card.locator('button.close').boundingBox())!;
    const badge = (await card.locator('.badge').boundingBox())!;
    expect(close.x).toBeLessThan(badge.x);
    // Floating UI aligns the card's start (right) edge with the citation's, below it, inside the window.
    const cite = await textRect(page, 'Article 16(2)(a)');
    const box = (await card.boundingBox())!;
    expect(Math.abs(box.x + box.width - cite.right)).toBeLessThanOrEqual(2);
    expect(box.y).toBeGreaterThanOrEqual(cite.bottom);
    expect(box.x).toBeGreaterThanOrEqual(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await cardViolations(page), colorScheme).toEqual([]);
    }
  });

  test.describe('with an Arabic browser', () => {
    test.use({ locale: 'ar' });

    test('the options page is right to left, in Arabic, and passes axe', async ({ openExtensionPage, serviceWorker }) => {
      await storeSettings(serviceWorker, { disabledSites: ['example.org'] });
      const page = await openExtensionPage('options.html');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(page.getByRole('group', { name: 'الإحالات المراد تمييزها' })).toBeVisible();
      await expect(page.getByLabel('لغة البطاقات')).toHaveValue('auto');
      await expect(page.getByRole('button', { name: 'إزالة example.org من القائمة' })).toBeVisible();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), colorScheme).toEqual([]);
      }
    });

    test('the popup is right to left in both views, and passes axe', async ({ context, server, serviceWorker, openExtensionPage }) => {
      const page = await context.newPage();
      await page.goto(`${server.origin}/brief-en.html`);
      await expect.poll(async () => page.evaluate(() => CSS.highlights.get('mcxref-subtle-document')?.size ?? 0)).toBeGreaterThan(0);
      const popup = await openExtensionPage(`popup.html?tab=${await tabIdOf(serviceWorker, page)}`);
      await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(popup.getByText('لا توجد إحالات محفوظة بعد.', { exact: false })).toBeVisible();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.getByRole('tab', { name: 'في هذه الصفحة' }).click();
      const documents = popup.getByRole('region', { name: /^الوثائق/ });
      await expect(documents).toBeVisible();
      await documents.getByRole('button', { name: 'حفظ' }).first().click();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.getByRole('tab', { name: 'المحفوظات' }).click();
      await expect(popup.getByRole('list', { name: 'الإحالات المحفوظة' }).getByRole('listitem')).toHaveCount(1);
      expect(await axeViolations(popup)).toEqual([]);
    });
  });
});
