import { describe, expect, it } from 'vitest';
import { ABOUT, cited } from './test-support/cited';
import type { DetectLang } from './types';

type Row = [DetectLang, string, [string, string][]];

const positives: Row[] = [
  ['en', 'under article 23, paragraph 5 (b), the COP', [['minamata:art23(5)(b)', 'article 23, paragraph 5 (b)']]],
  ['en', 'see paragraph 5 (b) of article 23 of the Convention', [['minamata:art23(5)(b)', 'paragraph 5 (b) of article 23']]],
  ['en', 'Article 16(2)(a) requires', [['minamata:art16(2)(a)', 'Article 16(2)(a)']]],
  ['en', 'as art. 24.2(c) provides', [['minamata:art24(2)(c)', 'art. 24.2(c)']]],
  ['en', 'Articles 3 and 4 deal with supply', [['minamata:art3', 'Articles 3'], ['minamata:art4', '4']]],
  ['en', 'articles 8 to 10 cover', [['minamata:art8', 'articles 8'], ['minamata:art9', '8 to 10'], ['minamata:art10', '10']]],
  ['en', 'Annex A, Part II lists', [['minamata:annexA', 'Annex A, Part II']]],
  ['en', 'Part I of Annex E sets', [['minamata:annexE', 'Part I of Annex E']]],
  ['en', 'annexes A and B were amended', [['minamata:annexA', 'annexes A'], ['minamata:annexB', 'B']]],
  [
    'en',
    'subparagraphs (a) and (b) of paragraph 2 of article 16',
    [['minamata:art16(2)(a)', 'subparagraphs (a) and (b) of paragraph 2 of article 16'], ['minamata:art16(2)(b)', '(b) of paragraph 2 of article 16']],
  ],
  ['en', 'subparagraph (b) of paragraph 5 of Article 23 of the Minamata Convention', [['minamata:art23(5)(b)', 'subparagraph (b) of paragraph 5 of Article 23']]],
  ['en', 'paragraphs 1 and 2 of article 3', [['minamata:art3(1)', 'paragraphs 1 and 2 of article 3'], ['minamata:art3(2)', '2 of article 3']]],
  ['en', 'Article 23, paragraph 5, subparagraph (b)', [['minamata:art23(5)(b)', 'Article 23, paragraph 5, subparagraph (b)']]],
  ['en', 'Arts. 3, 4 and 5', [['minamata:art3', 'Arts. 3'], ['minamata:art4', '4'], ['minamata:art5', '5']]],
  ['en', 'under Article 4(3) of the Convention', [['minamata:art4(3)', 'Article 4(3)']]],
  ['en', 'ARTICLE 7 and annex C', [['minamata:art7', 'ARTICLE 7'], ['minamata:annexC', 'annex C']]],
  ['fr', "conformément à l'alinéa b) du paragraphe 5 de l'article 23 de la Convention", [['minamata:art23(5)(b)', "alinéa b) du paragraphe 5 de l'article 23"]]],
  ['fr', 'conformément à l’alinéa b) du paragraphe 5 de l’article 23', [['minamata:art23(5)(b)', 'alinéa b) du paragraphe 5 de l’article 23']]],
  ['fr', "au paragraphe 2 a) de l'article 16", [['minamata:art16(2)(a)', "paragraphe 2 a) de l'article 16"]]],
  ['fr', 'les articles 3 et 4', [['minamata:art3', 'articles 3'], ['minamata:art4', '4']]],
  ['fr', 'les articles 8 à 10', [['minamata:art8', 'articles 8'], ['minamata:art9', '8 à 10'], ['minamata:art10', '10']]],
  ['fr', "l'annexe C et la deuxième partie de l'annexe A", [['minamata:annexC', 'annexe C'], ['minamata:annexA', "deuxième partie de l'annexe A"]]],
  ['fr', 'les annexes A et B', [['minamata:annexA', 'annexes A'], ['minamata:annexB', 'B']]],
  ['fr', "l'article 23,\u00a0paragraphe\u00a05, alinéa b)", [['minamata:art23(5)(b)', "article 23,\u00a0paragraphe\u00a05, alinéa b)"]]],
  [
    'fr',
    "les alinéas a) et b) du paragraphe 2\nde l'article 16",
    [['minamata:art16(2)(a)', "alinéas a) et b) du paragraphe 2\nde l'article 16"], ['minamata:art16(2)(b)', "b) du paragraphe 2\nde l'article 16"]],
  ],
  ['es', 'el apartado a) del párrafo 2 del artículo 16', [['minamata:art16(2)(a)', 'apartado a) del párrafo 2 del artículo 16']]],
  ['es', 'según el artículo 16, párrafo 2 a), del Convenio', [['minamata:art16(2)(a)', 'artículo 16, párrafo 2 a)']]],
  ['es', 'el anexo D enumera', [['minamata:annexD', 'anexo D']]],
  ['es', 'los artículos 8 a 10 y el artículo 13', [['minamata:art8', 'artículos 8'], ['minamata:art9', '8 a 10'], ['minamata:art10', '10'], ['minamata:art13', 'artículo 13']]],
  ['es', 'el párrafo 5 b) del artículo 23', [['minamata:art23(5)(b)', 'párrafo 5 b) del artículo 23']]],
  ['es', 'la parte II del anexo A', [['minamata:annexA', 'parte II del anexo A']]],
  ['es', 'ARTÍCULO 4 y anexos A y B', [['minamata:art4', 'ARTÍCULO 4'], ['minamata:annexA', 'anexos A'], ['minamata:annexB', 'B']]],
  ['en', 'as article 4 of the mercury convention requires', [['minamata:art4', 'article 4']]],
];

const negatives: [DetectLang, string][] = [
  ['en', 'Article 4 of the Basel Convention restricts exports.'],
  ['en', 'Article 6 of the Stockholm Convention on Persistent Organic Pollutants'],
  ['en', 'under article 4 of the Kyoto Protocol and Article 2 of the Paris Agreement'],
  ['en', 'Article 3 TEU and Article 4 of the Treaty on the Functioning of the European Union'],
  ['en', 'Article 17 of Regulation (EU) 2017/852 and article 4 of Directive 2011/65/EU'],
  ['en', 'article 8 of the rules of procedure'],
  ['en', 'paragraph 3 of the annex to this note'],
  ['en', 'Annex A to the Stockholm Convention lists'],
  ['en', 'article 36 and annex F do not exist'],
  ['en', 'an annex a new party ratified'],
  ['en', 'Article 4 of the Convention on Biological Diversity'],
  ['fr', "l'article 23 du code de l'environnement"],
  ['fr', "l'article 4 de la Convention de Bâle"],
  ['fr', "l'article 5 de la présente loi et l'article 2 du décret n° 2017-1345"],
  ['fr', "l'article 8 du règlement intérieur"],
  ['fr', "l'article L. 541-1 du code de l'environnement"],
  ['es', 'el artículo 5 de la Ley 20.920'],
  ['es', 'el artículo 4 del Convenio de Basilea'],
  ['es', 'el artículo 3 del presente Reglamento'],
  ['es', 'el apartado a) del párrafo 2 del artículo 6 del Convenio de Estocolmo'],
  // Mercury as the subject of another kind of law is not the Convention.
  ['en', 'Article 3 of the EU Mercury Regulation (EU) 2017/852 applies from 2018.'],
  ['fr', "l'article 2 du règlement européen sur le mercure"],
  ['es', 'el artículo 5 de la Ley de Mercurio de 2019'],
];

describe('Convention articles and annexes', () => {
  it.each(positives)('%s: %j', (lang, text, expected) => {
    const whole = ABOUT[lang] + text;
    expect(cited(whole, lang)).toEqual(expected);
    expect(cited(whole)).toEqual(expected);
  });

  it.each(negatives)('%s, not the Convention: %j', (lang, text) => {
    expect(cited(ABOUT[lang] + text, lang).filter(([id]) => id.startsWith('minamata:'))).toEqual([]);
  });

  it('leaves paragraph 3 of a decision to the decision', () => {
    expect(cited(`${ABOUT.en}paragraph 3 of decision MC-1/2`)).toEqual([['MC-1/2', 'decision MC-1/2']]);
  });

  it('leaves annex I of a document to the document', () => {
    expect(cited(`${ABOUT.fr}dans l’annexe I du document UNEP/MC/COP.6/INF/29`)).toEqual([['UNEP/MC/COP.6/INF/29', 'UNEP/MC/COP.6/INF/29']]);
  });

  it('reads "the Convention" as Minamata only where the text is about Minamata', () => {
    expect(cited('Under article 16 of the Convention, the parties consult.')).toEqual([]);
    expect(cited('The Basel Convention controls exports. Article 4 of the Convention allows bans.')).toEqual([]);
    expect(cited('Mercury trade is shrinking. Article 3 of the Convention restricts it.')).toEqual([['minamata:art3', 'Article 3']]);
    expect(cited('The Minamata Convention. Later, the Basel Convention. Article 4 of the Convention.')).toEqual([]);
    expect(cited('Under the Basel Convention… Article 4 of the Minamata Convention.')).toEqual([['minamata:art4', 'Article 4']]);
  });

  it('does not take the heading of a law for a citation', () => {
    const law = 'Loi n° 2016-1032 autorisant la ratification de la convention de Minamata sur le mercure\nArticle 1er\nEst autorisée la ratification.\nArticle 2 –\nLa présente loi sera exécutée.';
    expect(cited(law, 'fr')).toEqual([]);
  });
});
