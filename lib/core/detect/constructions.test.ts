import { describe, expect, it } from 'vitest';
import { ABOUT, cited } from './test-support/cited';
import type { DetectLang } from './types';

/**
 * The constructions real pages use for provisions of the Convention, one table per construction,
 * each in the three languages, with near misses that must not be read as the construction. Every
 * text is read after a sentence that makes it about the Minamata Convention (ABOUT), with and
 * without the language hint.
 */
type Row = [DetectLang, string, [string, string][]];

const CONSTRUCTIONS: Record<string, { positives: Row[]; negatives: Row[] }> = {
  'ranges of paragraphs and articles': {
    positives: [
      ['en', 'paragraphs 2–4 of Article 8 apply', [['minamata:art8(2)', 'paragraphs 2–4 of Article 8'], ['minamata:art8(3)', '2–4 of Article 8'], ['minamata:art8(4)', '4 of Article 8']]],
      ['en', 'articles 13 to 15', [['minamata:art13', 'articles 13'], ['minamata:art14', '13 to 15'], ['minamata:art15', '15']]],
      ['fr', "les paragraphes 3 à 5 de l'article 7", [['minamata:art7(3)', "paragraphes 3 à 5 de l'article 7"], ['minamata:art7(4)', "3 à 5 de l'article 7"], ['minamata:art7(5)', "5 de l'article 7"]]],
      ['es', 'los párrafos 2 a 4 del artículo 9', [['minamata:art9(2)', 'párrafos 2 a 4 del artículo 9'], ['minamata:art9(3)', '2 a 4 del artículo 9'], ['minamata:art9(4)', '4 del artículo 9']]],
    ],
    negatives: [
      // A range running backwards or past the cap is not a range: only the article is certain.
      ['en', 'paragraphs 2 to 40 of article 8', [['minamata:art8', 'article 8']]],
      ['fr', "les paragraphes 5 à 3 de l'article 7", [['minamata:art7', 'article 7']]],
      ['es', 'el párrafo 2 a) del artículo 9', [['minamata:art9(2)(a)', 'párrafo 2 a) del artículo 9']]],
    ],
  },
  'subparagraphs written with their paragraph number': {
    positives: [
      ['en', 'subparagraph 3 (b) of article 10', [['minamata:art10(3)(b)', 'subparagraph 3 (b) of article 10']]],
      ['en', 'subparagraphs 1 (a) and 1 (c) of article 14', [['minamata:art14(1)(a)', 'subparagraphs 1 (a) and 1 (c) of article 14'], ['minamata:art14(1)(c)', '1 (c) of article 14']]],
      ['en', 'subparagraphs 4 (a) and (b) of article 8', [['minamata:art8(4)(a)', 'subparagraphs 4 (a) and (b) of article 8'], ['minamata:art8(4)(b)', '(b) of article 8']]],
      ['fr', "les alinéas 1 a) et 1 c) de l'article 14", [['minamata:art14(1)(a)', "alinéas 1 a) et 1 c) de l'article 14"], ['minamata:art14(1)(c)', "1 c) de l'article 14"]]],
      ['es', 'los apartados 4 a) y b) del artículo 8', [['minamata:art8(4)(a)', 'apartados 4 a) y b) del artículo 8'], ['minamata:art8(4)(b)', 'b) del artículo 8']]],
      ['es', 'el apartado 3 b) del artículo 10', [['minamata:art10(3)(b)', 'apartado 3 b) del artículo 10']]],
      ['es', 'el apartado 3 del artículo 12', [['minamata:art12(3)', 'apartado 3 del artículo 12']]],
    ],
    negatives: [
      // Without a letter it is no subparagraph: the article alone is what is printed.
      ['en', 'subparagraph 3 of article 10', [['minamata:art10', 'article 10']]],
      ['fr', "l'alinéa 3 de l'article 10", [['minamata:art10', "article 10"]]],
      ['es', 'el inciso 3 del artículo 10', [['minamata:art10', 'artículo 10']]],
    ],
  },
  'parts of annexes and joined annexes': {
    positives: [
      ['en', 'Part I of Annex B', [['minamata:annexB', 'Part I of Annex B']]],
      ['fr', "la partie I de l'annexe B", [['minamata:annexB', "partie I de l'annexe B"]]],
      ['es', 'la parte I del anexo B', [['minamata:annexB', 'parte I del anexo B']]],
      ['en', 'Annexes B & C', [['minamata:annexB', 'Annexes B'], ['minamata:annexC', 'C']]],
      ['en', 'Annex B and C', [['minamata:annexB', 'Annex B'], ['minamata:annexC', 'C']]],
      ['en', 'Annexes A (mercury-added products) and B (processes)', [['minamata:annexA', 'Annexes A'], ['minamata:annexB', 'B']]],
      ['fr', 'les annexes A (produits) et B', [['minamata:annexA', 'annexes A'], ['minamata:annexB', 'B']]],
      ['es', 'los anexos A (productos) y B', [['minamata:annexA', 'anexos A'], ['minamata:annexB', 'B']]],
      ['en', 'Annexes A to C', [['minamata:annexA', 'Annexes A'], ['minamata:annexB', 'Annexes A to C'], ['minamata:annexC', 'C']]],
      ['fr', 'les annexes A à C', [['minamata:annexA', 'annexes A'], ['minamata:annexB', 'annexes A à C'], ['minamata:annexC', 'C']]],
      ['es', 'los anexos D a E', [['minamata:annexD', 'anexos D'], ['minamata:annexE', 'E']]],
    ],
    negatives: [
      ['en', 'annex (see 5) and B', []],
      ['en', 'Annex A - E-waste rules', [['minamata:annexA', 'Annex A']]],
      ['fr', "l'annexe C à B", [['minamata:annexC', 'annexe C']]],
      ['es', 'el anexo A a la Convención', [['minamata:annexA', 'anexo A']]],
      ['fr', "l'annexe F et G", []],
      ['es', 'el anexo I y II', []],
    ],
  },
  'compact pinpoints': {
    positives: [
      ['en', 'article 14(2)', [['minamata:art14(2)', 'article 14(2)']]],
      ['en', 'Article 8.3', [['minamata:art8(3)', 'Article 8.3']]],
      ['en', 'Art. 9(4)', [['minamata:art9(4)', 'Art. 9(4)']]],
      ['en', 'Arts. 5 and 6', [['minamata:art5', 'Arts. 5'], ['minamata:art6', '6']]],
      ['en', 'article 8, paragraph 2 and paragraph 4', [['minamata:art8(2)', 'article 8, paragraph 2'], ['minamata:art8(4)', 'paragraph 4']]],
      ['en', 'Article 8(8) and (9) of the Convention', [['minamata:art8(8)', 'Article 8(8)'], ['minamata:art8(9)', '(9)']]],
      [
        'en',
        'Articles 4(8) and (9) and 5(10) of the Convention',
        [['minamata:art4(8)', 'Articles 4(8)'], ['minamata:art4(9)', '(9)'], ['minamata:art5(10)', '5(10)']],
      ],
      ['en', 'Article 11(2), points (a) and (b), of the Convention', [['minamata:art11(2)(a)', 'Article 11(2), points (a)'], ['minamata:art11(2)(b)', '(b)']]],
      ['fr', "l'article 11, paragraphe 2, point c), de la convention", [['minamata:art11(2)(c)', 'article 11, paragraphe 2, point c)']]],
      ['fr', "l'article 8, paragraphe 2 et paragraphe 4", [['minamata:art8(2)', 'article 8, paragraphe 2'], ['minamata:art8(4)', 'paragraphe 4']]],
      ['fr', "l'article 14(2)", [['minamata:art14(2)', 'article 14(2)']]],
      ['es', 'el artículo 8, párrafo 2 y párrafo 4', [['minamata:art8(2)', 'artículo 8, párrafo 2'], ['minamata:art8(4)', 'párrafo 4']]],
      ['es', 'el art. 9(4)', [['minamata:art9(4)', 'art. 9(4)']]],
    ],
    negatives: [
      ['en', 'the point (c) was made', []],
      ['en', 'Article 20 bis of the draft', []],
      ['fr', 'le point b) du rapport', []],
      ['es', 'el artículo 9(4) del Convenio de Basilea', []],
    ],
  },
  'small typos': {
    positives: [
      ['en', 'artcle 8 and paragrah 3 of article 5', [['minamata:art8', 'artcle 8'], ['minamata:art5(3)', 'paragrah 3 of article 5']]],
      ['fr', "le paragrahe 3 de l'article 5", [['minamata:art5(3)', "paragrahe 3 de l'article 5"]]],
      ['es', 'el parágrafo 3 del artículo 12', [['minamata:art12(3)', 'parágrafo 3 del artículo 12']]],
    ],
    negatives: [
      ['en', 'a particle 8 nm wide', []],
      ['fr', 'les arts 5 et 6 du spectacle', []],
      ['es', 'el parágrafo 3 del Código Civil', []],
    ],
  },
};

describe.each(Object.entries(CONSTRUCTIONS))('%s', (_name, { positives, negatives }) => {
  it.each([...positives, ...negatives])('%s: %j', (lang, text, expected) => {
    const whole = ABOUT[lang] + text;
    expect(cited(whole, lang)).toEqual(expected);
    expect(cited(whole)).toEqual(expected);
  });
});
