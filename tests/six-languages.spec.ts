import { expect, test } from './fixtures';
import { CARD, highlightTotal, hoverCitation } from './page-helpers';

/**
 * The Russian, Chinese and Arabic demo notes (tests/site), read by the built extension in Chromium:
 * every citation painted with the id its language's grammar gives it, the other instruments left
 * alone, and a card for one citation (in the card language, English by default). The pages declare
 * their language (and the Arabic one its direction), as UN documents do.
 */

const NOTE_IDS = [
  'minamata:art23(5)(b)',
  'minamata:art16(2)(a)',
  'minamata:art16(2)(b)',
  'minamata:art24(2)(c)',
  'minamata:art24(4)',
  'UNEP/MC/COP.6/INF/28',
  'UNEP/MC/COP.6/22',
  'UNEP/EA.6/Res.4',
  'UNEP/EA.6/Res.6',
  'MC-5/1',
  'minamata:annexA',
  'minamata:annexB',
];

const PAGES = [
  { file: 'zapiska-ru.html', lang: 'ru', ids: [...NOTE_IDS, 'minamata:art4'], hover: 'пункту 2 c) статьи 24', name: 'Article 24, paragraph 2, subparagraph (c)' },
  { file: 'shuoming-zh.html', lang: 'zh', ids: NOTE_IDS, hover: '第二十四条第四款', name: 'Article 24, paragraph 4' },
  { file: 'mudhakkira-ar.html', lang: 'ar', ids: NOTE_IDS, hover: 'المرفق ألف', name: 'Annex A' },
] as const;

interface PageCitations {
  ok: boolean;
  value: { citations: Array<{ id: string; count: number }> };
}

test.describe('Russian, Chinese and Arabic pages', () => {
  for (const p of PAGES) {
    test(`${p.lang}: every citation of ${p.file} is painted with its id, and a card opens`, async ({ context, server, sendToPage }) => {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${p.file}`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(p.lang);
      await expect.poll(() => highlightTotal(page)).toBe(p.ids.length);
      const reply = (await sendToPage(page, { type: 'page-citations' })) as PageCitations;
      expect(reply.ok).toBe(true);
      const found = reply.value.citations.flatMap((c) => Array<string>(c.count).fill(c.id)).sort();
      expect(found).toEqual([...p.ids].sort());
      const dialog = await hoverCitation(page, p.hover, 2);
      await expect(dialog).toHaveAccessibleName(p.name);
      await page.keyboard.press('Escape');
      await expect(page.locator(CARD)).toHaveCount(0);
    });
  }
});
