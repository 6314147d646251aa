import { afterEach, describe, expect, it } from 'vitest';
import { LANGS } from '../lang';
import { observeAnchorScans } from './anchors';
import { grammars, grammarsFor, scriptsIn } from './grammar';
import { detect, detectLanguage, mayContainCitation } from './index';
import { ABOUT, cited } from './test-support/cited';
import type { DetectLang } from './types';

type Row = [DetectLang, string, [string, string][]];

/** Russian, Chinese and Arabic citations as COP documents and the Convention's texts write them. */
const positives: Row[] = [
  ['ru', 'в соответствии с пунктом 2 статьи 16', [['minamata:art16(2)', 'пунктом 2 статьи 16']]],
  ['ru', 'согласно пункту 1 a) статьи 30', [['minamata:art30(1)(a)', 'пункту 1 a) статьи 30']]],
  ['ru', 'подпункт b) пункта 5 статьи 23 Конвенции', [['minamata:art23(5)(b)', 'подпункт b) пункта 5 статьи 23']]],
  ['ru', 'статьей 6 настоящей Конвенции', [['minamata:art6', 'статьей 6']]],
  ['ru', 'статьями 3, 4 и 5', [['minamata:art3', 'статьями 3'], ['minamata:art4', '4'], ['minamata:art5', '5']]],
  ['ru', 'статей 8–10', [['minamata:art8', 'статей 8'], ['minamata:art9', '8–10'], ['minamata:art10', '10']]],
  ['ru', 'в части I приложения А', [['minamata:annexA', 'части I приложения А']]],
  ['ru', 'к приложениям A и B', [['minamata:annexA', 'приложениям A'], ['minamata:annexB', 'B']]],
  ['ru', 'в части II приложения Б', [['minamata:annexB', 'части II приложения Б']]],
  ['ru', 'резолюция 5/14 Ассамблеи Организации Объединенных Наций по окружающей среде', [['UNEP/EA.5/Res.14', 'резолюция 5/14']]],
  ['ru', 'решение MC-5/3', [['MC-5/3', 'решение MC-5/3']]],
  ['zh', '第十六条第二款第（一）项', [['minamata:art16(2)(a)', '第十六条第二款第（一）项']]],
  ['zh', '第16条第2款(a)项', [['minamata:art16(2)(a)', '第16条第2款(a)项']]],
  ['zh', '依照第十一条第三款第一项', [['minamata:art11(3)(a)', '第十一条第三款第一项']]],
  ['zh', '第三十条和第三十一条', [['minamata:art30', '第三十条'], ['minamata:art31', '第三十一条']]],
  ['zh', '第二十四条第四款', [['minamata:art24(4)', '第二十四条第四款']]],
  ['zh', '公约附件A的第一部分', [['minamata:annexA', '附件A']]],
  ['zh', '联合国环境大会第5/14号决议', [['UNEP/EA.5/Res.14', '第5/14号决议']]],
  ['zh', '第MC-5/3号决定', [['MC-5/3', '第MC-5/3号决定']]],
  ['ar', 'وفقاً للفقرة 5 (ب) من المادة 5 من الاتفاقية', [['minamata:art5(5)(b)', 'للفقرة 5 (ب) من المادة 5']]],
  ['ar', 'الفقرة 1 من مادتها 31', [['minamata:art31(1)', 'الفقرة 1 من مادتها 31']]],
  ['ar', 'الفقرة الفرعية (ب) من الفقرة 5 من المادة 23', [['minamata:art23(5)(b)', 'الفقرة الفرعية (ب) من الفقرة 5 من المادة 23']]],
  ['ar', 'الفقرات 6 و7 من المادة 3', [['minamata:art3(6)', 'الفقرات 6 و7 من المادة 3'], ['minamata:art3(7)', '7 من المادة 3']]],
  ['ar', 'في الجزء الأول من المرفق ألف', [['minamata:annexA', 'الجزء الأول من المرفق ألف']]],
  ['ar', 'المرفقين ألف وباء', [['minamata:annexA', 'المرفقين ألف'], ['minamata:annexB', 'باء']]],
  ['ar', 'الفقرة ٢ من المادة ١٦', [['minamata:art16(2)', 'الفقرة ٢ من المادة ١٦']]],
  ['ar', 'قرار جمعية الأمم المتحدة للبيئة 5/8', [['UNEP/EA.5/Res.8', 'قرار جمعية الأمم المتحدة للبيئة 5/8']]],
  ['ar', 'المقرر MC-5/3', [['MC-5/3', 'المقرر MC-5/3']]],
];

/** Other instruments, other bodies and look-alikes, each on a page about Minamata. */
const negatives: [DetectLang, string][] = [
  ['ru', 'пунктом 1 статьи 11 Федерального закона'],
  ['ru', 'Статья 4 Базельской конвенции'],
  ['ru', 'Пункт 4 d) предварительной повестки дня'],
  ['ru', 'решение СК-4/10 Стокгольмской конвенции'],
  ['ru', 'резолюция 5/1 Совета по правам человека'],
  ['zh', '《斯德哥尔摩公约》第5条'],
  ['zh', '《中华人民共和国大气污染防治法》第十八条'],
  ['zh', '第二百二十一段'],
  ['zh', '联合国大会第70/1号决议'],
  ['zh', '本说明附件一'],
  ['ar', 'المادة 17 من اتفاقية استكهولم'],
  ['ar', 'البند 73 (أ) من القائمة الأولية'],
  ['ar', 'قرار مجلس حقوق الإنسان 5/1'],
  ['ar', 'المرفق الأول لهذه المذكرة'],
];

describe('Russian, Chinese and Arabic citations', () => {
  it.each(positives)('%s: %s', (lang, text, expected) => {
    const whole = ABOUT[lang] + text;
    const shift = ABOUT[lang].length;
    // Both with the page's language and guessed from the text.
    for (const hint of [lang, undefined]) {
      const found = detect(whole, hint ? { lang: hint } : undefined).filter((c) => c.start >= shift);
      expect(found.map((c) => [c.id, whole.slice(c.start, c.end)])).toEqual(expected);
      expect(found.every((c) => c.lang === lang)).toBe(true);
    }
  });

  it.each(negatives)('%s rejects: %s', (lang, text) => {
    expect(cited(ABOUT[lang] + text, lang).filter(([, printed]) => text.includes(printed) && !ABOUT[lang].includes(printed))).toEqual([]);
  });
});

describe('annex letters by language', () => {
  const ru = (text: string): string[] => detect(ABOUT.ru + text, { lang: 'ru' }).map((c) => c.id);
  it('reads the Cyrillic series А–Д as A–E (the Russian Federation text: art. 4 А, art. 5 Б, art. 7 В)', () => {
    expect(ru('приложения Б; в приложении В; приложение Г; приложение Д')).toEqual(['minamata:annexB', 'minamata:annexC', 'minamata:annexD', 'minamata:annexE']);
  });
  it('reads Latin letters as themselves (the UN text: "приложении D")', () => {
    expect(ru('приложении B и в приложении D')).toEqual(['minamata:annexB', 'minamata:annexD']);
  });
  it('leaves a Cyrillic В unread where the page does not show which lettering it uses', () => {
    expect(ru('в соответствии с приложением В')).toEqual([]);
    expect(ru('приложении B; в соответствии с приложением В')).toEqual(['minamata:annexB']);
  });
  it('reads the Arabic letter names ألف، باء، جيم، دال، هاء as A–E', () => {
    const text = 'المرفق ألف والمرفق باء والمرفق جيم والمرفق دال والمرفق هاء';
    expect(detect(ABOUT.ar + text, { lang: 'ar' }).map((c) => c.id)).toEqual(['A', 'B', 'C', 'D', 'E'].map((l) => `minamata:annex${l}`));
  });
});

describe('a page’s language selects its grammars', () => {
  afterEach(() => observeAnchorScans(null));

  it('has one grammar per language of lib/core/lang.ts, in its order', () => {
    expect(grammars().map((g) => g.lang)).toEqual([...LANGS]);
  });

  it('runs no Cyrillic, Han or Arabic pattern on a citation-free English page', () => {
    const scans: string[][] = [];
    observeAnchorScans((scripts) => scans.push([...scripts]));
    const page = 'The committee met on Tuesday. This article was updated at 14:05; the decision surprised traders. '.repeat(200);
    expect(detect(page, { lang: 'en' })).toEqual([]);
    expect(detect(page)).toEqual([]);
    expect(scans).toEqual([['Latin'], ['Latin']]);
    expect(scriptsIn(page)).toEqual(new Set(['Latin']));
    expect(grammarsFor('en').map((g) => g.lang)).toEqual(['en', 'fr', 'es']);
    expect(mayContainCitation('The committee met on Tuesday.')).toBe(false);
  });

  it('reads a Russian page with the Latin and Cyrillic anchors only', () => {
    const scans: string[][] = [];
    observeAnchorScans((scripts) => scans.push([...scripts]));
    detect(`${ABOUT.ru}пункт 2 статьи 16`, { lang: 'ru' });
    expect(scans).toEqual([['Cyrillic', 'Latin']]);
  });

  it('guesses the language from the script first', () => {
    expect(detectLanguage('Минаматская конвенция о ртути')).toBe('ru');
    expect(detectLanguage('关于汞的水俣公约')).toBe('zh');
    expect(detectLanguage('اتفاقية ميناماتا بشأن الزئبق')).toBe('ar');
    expect(detectLanguage('La Convention de Minamata sur le mercure est entrée en vigueur')).toBe('fr');
  });
});
