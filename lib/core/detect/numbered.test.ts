import { describe, expect, it } from 'vitest';
import { ABOUT, cited } from './test-support/cited';
import type { DetectLang } from './types';

/**
 * Resolutions, decisions and document symbols as real pages write them: lists with descriptions
 * between the items, ranges, numbered headings, symbols with the prefix dropped or glued to the next
 * word. Each table has near misses of its own.
 */
type Row = [DetectLang, string, [string, string][]];

const UNEA: Record<'en' | 'fr' | 'es', string> = {
  en: 'The United Nations Environment Assembly met in Nairobi. ',
  fr: "L'Assemblée des Nations Unies pour l'environnement s'est réunie. ",
  es: 'La Asamblea de las Naciones Unidas sobre el Medio Ambiente se reunió. ',
};

const ROWS: Record<string, Row[]> = {
  'UNEA resolutions in lists with descriptions': [
    ['en', `${UNEA.en}Recalling resolutions 1/6, entitled “Marine plastic debris,” and 2/11, entitled “Marine litter”`, [['UNEP/EA.1/Res.6', 'resolutions 1/6'], ['UNEP/EA.2/Res.11', '2/11']]],
    ['en', `${UNEA.en}resolutions 1/6 on marine debris, 2/11 on litter and 3/7 on microplastics`, [['UNEP/EA.1/Res.6', 'resolutions 1/6'], ['UNEP/EA.2/Res.11', '2/11'], ['UNEP/EA.3/Res.7', '3/7']]],
    ['fr', `${UNEA.fr}les résolutions 3/4 sur l'environnement et la santé et 3/8 sur la qualité de l'air`, [['UNEP/EA.3/Res.4', 'résolutions 3/4'], ['UNEP/EA.3/Res.8', '3/8']]],
    ['es', `${UNEA.es}las resoluciones 3/4, sobre medio ambiente y salud, y 3/8, sobre contaminación`, [['UNEP/EA.3/Res.4', 'resoluciones 3/4'], ['UNEP/EA.3/Res.8', '3/8']]],
    ['en', `${UNEA.en}UNEA resolutions 2/7, 3/4 and 4/8`, [['UNEP/EA.2/Res.7', 'resolutions 2/7'], ['UNEP/EA.3/Res.4', '3/4'], ['UNEP/EA.4/Res.8', '4/8']]],
    // A singular keyword has no list after a description: "2/3" is a fraction there.
    ['en', `${UNEA.en}resolution 5/12 on the environment and 2/3 of members`, [['UNEP/EA.5/Res.12', 'resolution 5/12']]],
    ['fr', `${UNEA.fr}la résolution 5/12 sur la santé et 2/3 des membres`, [['UNEP/EA.5/Res.12', 'résolution 5/12']]],
    ['es', `${UNEA.es}la resolución 5/12 sobre la salud y 2/3 de los miembros`, [['UNEP/EA.5/Res.12', 'resolución 5/12']]],
  ],
  'resolutions in brackets and footnotes glued to a list': [
    ['en', 'The Environment Assembly adopted a resolution on chemicals and waste (4/8) and one on marine litter (4/6).', [['UNEP/EA.4/Res.8', '4/8'], ['UNEP/EA.4/Res.6', '4/6']]],
    ['fr', "L'ANUE a adopté une résolution sur les produits chimiques (4/8).", [['UNEP/EA.4/Res.8', '4/8']]],
    ['es', 'La ANUMA aprobó una resolución sobre desechos (4/8).', [['UNEP/EA.4/Res.8', '4/8']]],
    ['en', `${UNEA.en}UNEA resolutions 2/7, 3/4 and 4/85 call for`, [['UNEP/EA.2/Res.7', 'resolutions 2/7'], ['UNEP/EA.3/Res.4', '3/4'], ['UNEP/EA.4/Res.8', '4/8']]],
    ['en', 'The General Assembly resolution on oceans (4/8) was adopted.', []],
    ['en', 'UNEA met. A resolution was adopted. The score was (4/8).', []],
    ['fr', "L'ANUE s'est réunie. Le ratio était de (4/8).", []],
    // Alone, "4/85" is no footnote: nothing says which digit is the marker.
    ['en', `${UNEA.en}UNEA resolution 4/85`, []],
  ],
  'numbered headings of resolutions': [
    ['en', 'Resolutions adopted by the United Nations Environment Assembly\n\n3/4. Environment and health\n3/8. Preventing air pollution', [['UNEP/EA.3/Res.4', '3/4.'], ['UNEP/EA.3/Res.8', '3/8.']]],
    ['es', 'Asamblea de las Naciones Unidas sobre el Medio Ambiente\n\n1/6. Desechos plásticos y microplásticos marinos', [['UNEP/EA.1/Res.6', '1/6.']]],
    ['fr', "Assemblée des Nations Unies pour l'environnement\n\n3/7. Déchets marins et microplastiques", [['UNEP/EA.3/Res.7', '3/7.']]],
    ['en', 'Resolutions adopted by the General Assembly\n\n70/1. Transforming our world\n7/2. Something else', []],
    ['en', 'United Nations Environment Assembly\n\n3/4. environment and health\n12/40. Big numbers', []],
    ['fr', "Assemblée des Nations Unies pour l'environnement\nle 3/4. Et ensuite", []],
  ],
  'decisions written loosely': [
    ['en', `${ABOUT.en}decisions MC-4/2 to MC-4/5`, [['MC-4/2', 'decisions MC-4/2'], ['MC-4/3', 'MC-4/2 to MC-4/5'], ['MC-4/4', 'MC-4/2 to MC-4/5'], ['MC-4/5', 'MC-4/5']]],
    ['fr', `${ABOUT.fr}les décisions MC-4/2 à MC-4/4`, [['MC-4/2', 'décisions MC-4/2'], ['MC-4/3', 'MC-4/2 à MC-4/4'], ['MC-4/4', 'MC-4/4']]],
    ['es', `${ABOUT.es}las decisiones MC-4/2 a MC-4/3`, [['MC-4/2', 'decisiones MC-4/2'], ['MC-4/3', 'MC-4/3']]],
    ['en', `${ABOUT.en}decision MC 4/2 and MC2/7`, [['MC-4/2', 'decision MC 4/2'], ['MC-2/7', 'MC2/7']]],
    ['en', `${ABOUT.en}adopted decision MC-4/2Recalling its`, [['MC-4/2', 'decision MC-4/2']]],
    ['en', 'The MC2/7 sensor has a range of 4/8 volts.', []],
    // Across meetings it is no range: the two ends are cited, nothing between.
    ['en', `${ABOUT.en}decisions MC-4/2 to MC-5/5`, [['MC-4/2', 'decisions MC-4/2'], ['MC-5/5', 'MC-5/5']]],
    ['en', 'Secretariat letter MC/COP6/2025/60 of 3 March', []],
  ],
  'document symbols and ranges': [
    ['en', 'see UNEP/MC/COP.5/INF/3 to UNEP/MC/COP.5/INF/5 for', [['UNEP/MC/COP.5/INF/3', 'UNEP/MC/COP.5/INF/3'], ['UNEP/MC/COP.5/INF/4', 'UNEP/MC/COP.5/INF/3 to UNEP/MC/COP.5/INF/5'], ['UNEP/MC/COP.5/INF/5', 'UNEP/MC/COP.5/INF/5']]],
    ['en', 'documents UNEP/MC/COP.5/INF/3–4.', [['UNEP/MC/COP.5/INF/3', 'UNEP/MC/COP.5/INF/3'], ['UNEP/MC/COP.5/INF/4', '4']]],
    ['fr', 'les documents UNEP/MC/COP.5/INF/3 à INF/4', [['UNEP/MC/COP.5/INF/3', 'UNEP/MC/COP.5/INF/3'], ['UNEP/MC/COP.5/INF/4', 'INF/4']]],
    ['es', 'los documentos UNEP/MC/COP.5/INF/3 a INF/4', [['UNEP/MC/COP.5/INF/3', 'UNEP/MC/COP.5/INF/3'], ['UNEP/MC/COP.5/INF/4', 'INF/4']]],
    ['en', 'MC/COP.4/12 and UNEP/MC/COP.2/5/Rev.1, UNEP/MC/COP.4/CRP.2', [['UNEP/MC/COP.4/12', 'MC/COP.4/12'], ['UNEP/MC/COP.2/5/Rev.1', 'UNEP/MC/COP.2/5/Rev.1'], ['UNEP/MC/COP.4/CRP.2', 'UNEP/MC/COP.4/CRP.2']]],
    // A year after a dash, another meeting, a backwards range: not ranges.
    ['en', 'UNEP/MC/COP.5/3-2023 report', [['UNEP/MC/COP.5/3', 'UNEP/MC/COP.5/3']]],
    ['en', 'UNEP/MC/COP.5/INF/3 to UNEP/MC/COP.6/INF/6', [['UNEP/MC/COP.5/INF/3', 'UNEP/MC/COP.5/INF/3'], ['UNEP/MC/COP.6/INF/6', 'UNEP/MC/COP.6/INF/6']]],
    ['fr', 'UNEP/MC/COP.5/INF/6 à INF/3', [['UNEP/MC/COP.5/INF/6', 'UNEP/MC/COP.5/INF/6']]],
  ],
};

describe.each(Object.entries(ROWS))('%s', (_name, rows) => {
  it.each(rows)('%s: %j', (lang, text, expected) => {
    expect(cited(text, lang)).toEqual(expected);
    expect(cited(text)).toEqual(expected);
  });
});
