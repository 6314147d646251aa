// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { cardLabels } from '../../lib/card/build/labels';
import { toCardModel } from '../../lib/card/build/to-model';
import { lookup } from '../../lib/core/index/lookup';
import { LANGS, langDir, type Lang } from '../../lib/core/lang';
import { HoverCard, NoCitationCard } from './HoverCard';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mountCard(id: string, lang: Lang): Promise<HTMLElement> {
  const model = toCardModel(lookup(id, lang), lang)!;
  const noop = () => {};
  await act(async () => {
    render(
      <HoverCard lang={lang} labels={cardLabels(lang)} models={[model]} selected={0} saveState="unsaved" autoFocus={false} onSelect={noop} onToggleSave={noop} onCopy={noop} onClose={noop} />,
      root,
    );
  });
  return root.querySelector<HTMLElement>('[role="dialog"]')!;
}

describe('HoverCard language and direction', () => {
  it.each(LANGS)('a %s card carries its language and writing direction', async (lang) => {
    const card = await mountCard('UNEP/EA.6/Res.9', lang);
    expect(card.lang).toBe(lang);
    expect(card.dir).toBe(langDir(lang));
  });

  it('an Arabic card is right to left, and the French title and excerpts inside it keep their own language and direction', async () => {
    const card = await mountCard('UNEP/EA.6/Res.9', 'ar');
    expect(card.dir).toBe('rtl');
    expect(card.querySelector('.badge')!.textContent).toBe('قرار جمعية الأمم المتحدة للبيئة');
    const title = card.querySelector<HTMLElement>('.title')!;
    expect(title.lang).toBe('fr');
    expect(title.dir).toBe('ltr');
    expect(card.querySelector('.note')!.textContent).toContain('الفرنسية');
    const excerpts = [...card.querySelectorAll<HTMLElement>('.cited q')];
    expect(excerpts.length).toBeGreaterThan(0);
    for (const q of excerpts) expect([q.lang, q.dir]).toEqual(['fr', 'ltr']);
  });

  it('text in the card language gets no attributes of its own', async () => {
    const card = await mountCard('minamata:art16(2)(a)', 'en');
    expect(card.querySelector('.title')!.hasAttribute('lang')).toBe(false);
    expect(card.querySelector('.summary')!.hasAttribute('dir')).toBe(false);
  });

  it('the "no citation" card is mirrored in Arabic too', async () => {
    await act(async () => {
      render(<NoCitationCard lang="ar" labels={cardLabels('ar')} autoFocus={false} onClose={() => {}} />, root);
    });
    const card = root.querySelector<HTMLElement>('[role="dialog"]')!;
    expect([card.lang, card.dir]).toEqual(['ar', 'rtl']);
    expect(card.getAttribute('aria-label')).toBe('لم يُتعرّف على أي إحالة في النص المحدد.');
  });
});
