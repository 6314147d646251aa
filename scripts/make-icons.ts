import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

/**
 * Renders the extension icon (public/icon/<size>.png, which WXT lists in the manifest) from one
 * SVG in headless Chromium, so the artwork lives as text in this file and any size can be remade:
 * `npx jiti scripts/make-icons.ts`. "Hg" is mercury, the Convention's subject; the amber bar is
 * the highlight the extension paints under a citation.
 */
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#0b5f66"/>
  <rect x="22" y="88" width="84" height="14" rx="7" fill="#f5b301"/>
  <text x="64" y="80" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-weight="700" font-size="62" fill="#ffffff">Hg</text>
</svg>`;

const SIZES = [16, 32, 48, 96, 128];

async function main(): Promise<void> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  const browser = await chromium.launch({ executablePath, headless: true });
  const outDir = resolve(import.meta.dirname, '..', 'public', 'icon');
  await mkdir(outDir, { recursive: true });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
      await writeFile(resolve(outDir, `${size}.png`), await page.screenshot({ omitBackground: true }));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`Wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
}

await main();
