import { describe, expect, it } from 'vitest';
import { lookup } from '../../core/index/lookup';
import { backgroundTable } from '../../background/router';
import { dispatch } from '../../runtime/message-bus';

const handleIndexMessage = (message: unknown) => dispatch(backgroundTable(), message, {}, 'content');
import { referenceLabel, toCardModel } from './to-model';
import { parseCanonicalId } from '../../core/ids';

describe('referenceLabel', () => {
  it.each([
    ['minamata:art23(5)(b)', 'en', 'Article 23, paragraph 5, subparagraph (b)'],
    ['minamata:art23(5)(b)', 'fr', 'Article 23, paragraphe 5, alinéa b)'],
    ['minamata:art16(2)(a)', 'es', 'Artículo 16, párrafo 2, apartado a)'],
    ['minamata:annexC', 'fr', 'Annexe C'],
    ['UNEP/EA.6/Res.9', 'en', 'Resolution 6/9'],
    ['MC-5/3', 'es', 'Decisión MC-5/3'],
    ['MC-6/[--]', 'fr', 'Projet de décision MC-6/[--]'],
    ['UNEP/MC/COP.6/INF/28', 'fr', 'UNEP/MC/COP.6/INF/28'],
    ['minamata:art23(5)(b)', 'ru', 'Статья 23, пункт 5, подпункт b)'],
    ['minamata:art23(5)(b)', 'zh', '第23条第5款(b)项'],
    ['minamata:art23(5)(b)', 'ar', 'المادة 23، الفقرة 5، الفقرة الفرعية (b)'],
    ['minamata:art16', 'ar', 'المادة 16'],
    ['minamata:annexA', 'zh', '附件A'],
    ['UNEP/EA.6/Res.9', 'zh', '第6/9号决议'],
    ['UNEP/EA.6/Res.9', 'ar', 'القرار 6/9'],
    ['MC-5/3', 'ru', 'Решение MC-5/3'],
    ['MC-5/3', 'zh', '第MC-5/3号决定'],
  ] as const)('%s in %s → %s', (id, lang, label) => {
    expect(referenceLabel(parseCanonicalId(id)!, lang)).toBe(label);
  });
});

describe('toCardModel', () => {
  it.each([
    ['UNEP/MC/COP.6/INF/29', 'en', 'Paragraph 4 (section II)'],
    ['UNEP/MC/COP.6/INF/29', 'fr', 'Paragraphe 4 (section II)'],
    ['UNEP/MC/COP.6/INF/29', 'es', 'Párrafo 4 (sección II)'],
    ['UNEP/MC/COP.5/INF/28', 'fr', 'Annexe, projet de décision, paragraphe 6'],
    ['MC-6/[--]', 'en', 'Annex, heading of the draft decision'],
    ['UNEP/EA.6/Res.9', 'es', 'Nota 1'],
  ] as const)('says where the note cites %s with its printed numbers (%s)', (id, lang, where) => {
    expect(toCardModel(lookup(id, lang), lang)!.citedIn[0]!.where).toBe(where);
  });

  it.each([
    ['ru', 'Проверенное название есть только на французском языке; проверенной формулировки на этом языке нет.'],
    ['zh', '仅有法文的核实标题；此语言没有经核实的措辞。'],
    ['ar', 'العنوان المُتحقَّق منه متاح باللغة الفرنسية فقط؛ لا توجد صيغة مُتحقَّق منها بهذه اللغة.'],
  ] as const)('a %s card shows the verified title of another language and says so, marking its language', (lang, note) => {
    const model = toCardModel(lookup('UNEP/EA.6/Res.9', lang), lang)!;
    expect(model.title).toMatch(/gestion rationnelle/i);
    expect(model.titleNote).toBe(note);
    expect(model.textLang?.title).toBe('fr');
    expect(model.citedIn.every((c) => c.lang === 'fr')).toBe(true);
  });

  it('a Russian card of article 10 shows its verified Russian heading, and the English summary marked as English', () => {
    const model = toCardModel(lookup('minamata:art10', 'ru'), 'ru')!;
    expect(model.title).toBe('Экологически безопасное временное хранение ртути, кроме ртутных отходов');
    expect(model.titleNote).toBeUndefined();
    expect(model.textLang).toEqual({ title: undefined, summary: 'en', instrument: 'en' });
    expect(model.reference).toBe('Статья 10 Минаматской конвенции о ртути — Экологически безопасное временное хранение ртути, кроме ртутных отходов');
  });

  it('an Arabic card prints meeting dates with the Western digits of UN Arabic documents', () => {
    const model = toCardModel(lookup('UNEP/MC/COP.6/INF/28', 'ar'), 'ar')!;
    expect(model.meeting).toMatch(/^COP-6 · /);
    expect(model.meeting).toMatch(/^COP-6 · جنيف، سويسرا، .*2025$/);
    expect(model.meeting).not.toMatch(/[٠-٩]/);
  });

  it('gives the note citation a French title, excerpts and links that open in the reader language', () => {
    const model = toCardModel(lookup('UNEP/EA.6/Res.9', 'fr'), 'fr')!;
    expect(model.kind).toBe('resolution');
    expect(model.inIndex).toBe(true);
    expect(model.title).toMatch(/gestion rationnelle des produits chimiques et des déchets/i);
    expect(model.titleNote).toBeUndefined();
    expect(model.citedIn.length).toBeGreaterThan(0);
    expect(model.links.every((l) => l.url.startsWith('https://'))).toBe(true);
    expect(model.meeting).toMatch(/^UNEA-6 · /);
  });

  it('says so when the title exists only in another language', () => {
    const model = toCardModel(lookup('UNEP/EA.6/Res.9', 'en'), 'en')!;
    expect(model.title).toMatch(/gestion rationnelle/i);
    expect(model.titleNote).toBe('Verified title in French only; no verified wording in this language.');
  });

  it('says so when no title is verified, and marks references outside the index', () => {
    const inIndex = toCardModel(lookup('UNEP/MC/COP.6/INF/28', 'en'), 'en')!;
    expect(inIndex.title).toBeUndefined();
    expect(inIndex.titleNote).toBe('Official title not verified; none is shown.');
    const outside = toCardModel(lookup('UNEP/MC/COP.4/12', 'en'), 'en')!;
    expect(outside.inIndex).toBe(false);
    expect(outside.meeting).toMatch(/^COP-4/);
  });

  it('shows a decision known only by its subject as our summary, never as its title', () => {
    const model = toCardModel(lookup('MC-1/18', 'en'), 'en')!;
    expect(model.title).toBeUndefined();
    expect(model.titleNote).toBe('Official title not verified; none is shown.');
    expect(model.summary).toBe('Our summary of its subject (not its title): Draft guidelines on the interim storage of mercury.');
    expect(toCardModel(lookup('MC-1/3', 'fr'), 'fr')!.summary).toMatch(/^Notre résumé de son objet \(pas son titre\) : /);
    expect(toCardModel(lookup('MC-1/3', 'es'), 'es')!.title).toBe('Guidance in relation to mercury supply sources and trade in relation to certification');
  });

  it('labels the meeting page and the searches by symbol, in that order', () => {
    expect(toCardModel(lookup('UNEP/MC/COP.6/22', 'fr'), 'fr')!.links.map((l) => l.label)).toEqual([
      'minamataconvention.org — page de la réunion COP-6 (FR)',
      'UN ODS — recherche par cote (FR)',
      'undocs.org — recherche par cote (FR)',
    ]);
    expect(toCardModel(lookup('MC-5/3', 'en'), 'en')!.links.map((l) => l.label)).toEqual(['minamataconvention.org — COP-5 meeting page (EN)']);
  });

  it('returns nothing for what is not a reference', () => {
    expect(toCardModel(lookup('not a symbol', 'en'), 'en')).toBeNull();
  });
});

describe('index/cards messages', () => {
  it('answers models and the card words in the requested language', async () => {
    const reply = await handleIndexMessage({ type: 'index/cards', ids: ['MC-5/3', 'garbage'], lang: 'es' });
    expect(reply).toMatchObject({ ok: true, value: { models: [{ id: 'MC-5/3' }], labels: { cardSave: 'Guardar' } } });
  });

  it.each([
    [{ type: 'index/cards', ids: 'MC-5/3', lang: 'en' }],
    [{ type: 'index/cards', ids: ['MC-5/3'], lang: 'de' }],
    [{ type: 'index/cards', ids: ['x'.repeat(500)], lang: 'en' }],
    [{ type: 'index/cards', ids: Array.from({ length: 501 }, () => 'MC-5/3'), lang: 'en' }],
    [{ type: 'index/cards', ids: [], lang: 'en', extra: true }],
    [null],
  ])('refuses a malformed request %#', async (message) => {
    const reply = await handleIndexMessage(message);
    expect(reply?.ok).toBe(false);
  });
});
