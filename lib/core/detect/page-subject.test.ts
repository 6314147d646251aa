import { describe, expect, it } from 'vitest';
import { cited } from './test-support/cited';
import type { DetectLang } from './types';

/**
 * Whose provision a bare "article 17" is depends on what the page is about, not on one word: the
 * Convention named in the title and far away still owns it; a page about another instrument keeps
 * its own articles even when it names Minamata somewhere; headings belong to the page's subject.
 * The fillers put the citation well past any sentence that names an instrument.
 */
const FILLER: Record<'en' | 'fr' | 'es', string> = {
  en: 'The meeting considered the budget, the programme of work and the venue of the next session. '.repeat(15),
  fr: 'La réunion a examiné le budget, le programme de travail et le lieu de la prochaine session. '.repeat(15),
  es: 'La reunión examinó el presupuesto, el programa de trabajo y el lugar del próximo período de sesiones. '.repeat(15),
};

type Row = [DetectLang, string, [string, string][]];

const ROWS: Record<string, Row[]> = {
  'the Convention named far away owns a bare provision': [
    ['en', `Minamata Convention on Mercury: report of the third meeting\n\n${FILLER.en}\nParties discussed article 17 and paragraph 2 of Article 19.`, [['minamata:art17', 'article 17'], ['minamata:art19(2)', 'paragraph 2 of Article 19']]],
    ['fr', `Convention de Minamata sur le mercure : rapport\n\n${FILLER.fr}\nLes Parties ont examiné le paragraphe 2 de l'article 19.`, [['minamata:art19(2)', "paragraphe 2 de l'article 19"]]],
    ['es', `Convenio de Minamata sobre el Mercurio: informe\n\n${FILLER.es}\nLas Partes examinaron el apartado 3 del artículo 12.`, [['minamata:art12(3)', 'apartado 3 del artículo 12']]],
    // EU acts call the Convention "the Agreement".
    ['en', `Council Decision on the position on the Minamata Convention on Mercury\n\n${FILLER.en}\nArticle 11(2) of the Agreement requires thresholds.`, [['minamata:art11(2)', 'Article 11(2)']]],
  ],
  'another instrument as the page subject keeps its bare articles': [
    ['en', `Regulation (EU) 2017/852 on mercury\n\nThis Regulation implements the Minamata Convention on Mercury.\n\n${FILLER.en}\nMember States shall apply Article 6 (article 9) to exports.`, []],
    ['fr', `Règlement (UE) 2017/852 relatif au mercure\n\nLe présent règlement met en œuvre la convention de Minamata.\n\n${FILLER.fr}\nLes États membres appliquent l'article 6 (article 9).`, []],
    ['es', `Ley N° 19.267 de residuos\n\nEsta ley menciona el Convenio de Minamata.\n\n${FILLER.es}\nArtículo 6\nLas autoridades aplican el artículo 9.`, []],
    ['en', `Basel Convention on the Control of Transboundary Movements of Hazardous Wastes\n\nThe Minamata Convention also covers mercury wastes.\n\n${FILLER.en}\nUnder Article 6, the State of export notifies.`, []],
    // Minamata named just before the article wins over the page's subject.
    ['en', `Regulation (EU) 2017/852 on mercury\n\n${FILLER.en}\nThe Minamata Convention on Mercury, in Article 6, allows exemptions.`, [['minamata:art6', 'Article 6']]],
  ],
  'headings belong to the page subject': [
    ['en', 'Minamata Convention on Mercury\n\nProposal to amend Annex B\n\nThe Party proposes an amendment.', [['minamata:annexB', 'Annex B']]],
    ['fr', "Convention de Minamata sur le mercure\n\nDéclaration au titre du paragraphe 2 de l'article 19\n\nLa Partie déclare.", [['minamata:art19(2)', "paragraphe 2 de l'article 19"]]],
    ['es', 'Convenio de Minamata sobre el Mercurio\n\nArtículo 7\nExtracción de oro artesanal', [['minamata:art7', 'Artículo 7']]],
    ['en', 'Minamata Convention: key articles\nARTICLE 3 - MERCURY SUPPLY ....... 2\nARTICLE 4 - PRODUCTS ..... 5', [['minamata:art3', 'ARTICLE 3'], ['minamata:art4', 'ARTICLE 4']]],
    ['en', 'Mercury Act No. 61 of 2020\n\nArticle 1 - Purpose\nThis Act implements the Minamata Convention.', []],
    ['fr', 'Loi n° 2016-1032 autorisant la ratification de la convention de Minamata\nArticle 1er\nEst autorisée la ratification.', []],
    ['es', 'Ley N° 19.267\nCONVENIO DE MINAMATA\nArtículo 1º.- Apruébase el Convenio de Minamata sobre el Mercurio.', []],
  ],
};

describe.each(Object.entries(ROWS))('%s', (_name, rows) => {
  it.each(rows)('%s: %j', (lang, text, expected) => {
    expect(cited(text, lang)).toEqual(expected);
    expect(cited(text)).toEqual(expected);
  });
});
