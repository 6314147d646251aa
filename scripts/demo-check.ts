/**
 * What the headless demo proves, in a form both the demo and its test use: how many citations the
 * extension painted per kind, and that a card opens for one of them.
 */
import { expect, type Page } from '@playwright/test';
import { cardState } from '../tests/card-probe';
import { highlightCounts } from '../tests/page-helpers';

const KIND_WORDS: Record<string, [string, string]> = {
  document: ['document', 'documents'],
  article: ['provision', 'provisions'],
  resolution: ['resolution', 'resolutions'],
  decision: ['decision', 'decisions'],
};

export interface PaintedSummary {
  total: number;
  byKind: Record<string, number>;
  /** e.g. "21 citations painted: 11 documents, 4 provisions, 5 resolutions, 1 decision". */
  line: string;
}

/** Sums highlight ranges by kind (names are `mcxref-<style>-<kind>`). */
export function summarise(counts: Record<string, number>): PaintedSummary {
  const byKind: Record<string, number> = {};
  for (const [name, size] of Object.entries(counts)) {
    const kind = name.split('-').at(-1) ?? '';
    if (!(kind in KIND_WORDS) || size === 0) continue;
    byKind[kind] = (byKind[kind] ?? 0) + size;
  }
  const total = Object.values(byKind).reduce((a, b) => a + b, 0);
  const parts = Object.keys(KIND_WORDS)
    .filter((kind) => byKind[kind])
    .map((kind) => `${byKind[kind]} ${KIND_WORDS[kind]![byKind[kind] === 1 ? 0 : 1]}`);
  const line = `${total} citation${total === 1 ? '' : 's'} painted${parts.length ? `: ${parts.join(', ')}` : ''}`;
  return { total, byKind, line };
}

/** Waits until the page's highlights stop changing (the scan is sliced), then summarises them. */
export async function paintedSummary(page: Page): Promise<PaintedSummary> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await highlightCounts(page));
        const stable = now === last && now !== '{}';
        last = now;
        return stable;
      },
      { timeout: 15_000, intervals: [250] },
    )
    .toBe(true);
  return summarise(JSON.parse(last) as Record<string, number>);
}

/** Rests the real pointer on the first painted document symbol and waits for its card. */
export async function openFirstCard(page: Page): Promise<{ reference: string; heading: string }> {
  const target = await page.evaluate(() => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('mcxref-') || name.endsWith('flash')) continue;
      for (const r of highlight as unknown as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        if (rect) return { text: range.toString(), x: rect.left + Math.min(rect.width / 2, 12), y: rect.top + rect.height / 2 };
      }
    }
    return null;
  });
  if (!target) throw new Error('no painted citation to hover');
  await page.mouse.move(target.x, target.y);
  // The card is in a closed shadow root; card-probe reads it through the DevTools protocol.
  await expect.poll(async () => (await cardState(page)).open, { timeout: 10_000 }).toBe(true);
  const heading = (await cardState(page)).name;
  return { reference: target.text, heading };
}
