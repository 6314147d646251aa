import { describe, expect, it } from 'vitest';
import { cited } from './test-support/cited';

const UNEA = 'The UN Environment Assembly met in Nairobi. ';

describe('UNEA resolutions', () => {
  it.each([
    ['en', 'in resolution 6/3 the Assembly', [['UNEP/EA.6/Res.3', 'resolution 6/3']]],
    ['en', 'UNEA resolution 5/12 on minerals', [['UNEP/EA.5/Res.12', 'resolution 5/12']]],
    ['en', 'resolutions 6/3, 6/4 and 6/5', [['UNEP/EA.6/Res.3', 'resolutions 6/3'], ['UNEP/EA.6/Res.4', '6/4'], ['UNEP/EA.6/Res.5', '6/5']]],
    ['en', 'resolutions 6/3, 6/4, and 6/5.', [['UNEP/EA.6/Res.3', 'resolutions 6/3'], ['UNEP/EA.6/Res.4', '6/4'], ['UNEP/EA.6/Res.5', '6/5']]],
    ['fr', 'la résolution 6/4 sur les synergies', [['UNEP/EA.6/Res.4', 'résolution 6/4']]],
    ['fr', 'les résolutions 6/3 et 6/4', [['UNEP/EA.6/Res.3', 'résolutions 6/3'], ['UNEP/EA.6/Res.4', '6/4']]],
    ['fr', 'RÉSOLUTION 6/9 adoptée', [['UNEP/EA.6/Res.9', 'RÉSOLUTION 6/9']]],
    ['es', 'la resolución 6/5 sobre minerales', [['UNEP/EA.6/Res.5', 'resolución 6/5']]],
    ['es', 'las resoluciones 1/6, 2/11 y 3/7', [['UNEP/EA.1/Res.6', 'resoluciones 1/6'], ['UNEP/EA.2/Res.11', '2/11'], ['UNEP/EA.3/Res.7', '3/7']]],
    ['en', 'resolution 6/6 of the United Nations Environment Assembly', [['UNEP/EA.6/Res.6', 'resolution 6/6']]],
    ['en', 'symbol UNEP/EA.6/Res.3', [['UNEP/EA.6/Res.3', 'UNEP/EA.6/Res.3']]],
  ] as const)('%s: %j', (lang, text, expected) => {
    expect(cited(UNEA + text, lang)).toEqual(expected);
  });

  it.each([
    ['a date', 'the resolution 6/3/2024 was a typo for a date, on 6/3/2024'],
    ['a fraction', 'a resolution of 1/2 pixel and 3/4 of the votes'],
    ['a score', 'Nadal won 6/3 6/4, a quick resolution of the tie'],
    ['the General Assembly', 'General Assembly resolution 70/1 and resolution 7/3 of the General Assembly'],
    ['the Human Rights Council', 'Human Rights Council resolution 5/1 on institution-building'],
    ['a French HRC resolution', 'la résolution 5/1 du Conseil des droits de l’homme'],
    ['a UNEA decision', 'UNEA decision 6/1 on the programme of work'],
    ['a Governing Council decision', 'Governing Council decision 27/12 and decision 26/3 of the Governing Council'],
    ['a session out of range', 'resolution 12/3 and resolution 6/99'],
    ['a decimal', 'resolution 6/3.5 dpi'],
  ])('not a UNEA resolution: %s', (_label, text) => {
    expect(cited(UNEA + text)).toEqual([]);
  });

  it('reads a bare number as another body’s where the text is about that body', () => {
    const hrc = 'The Human Rights Council adopted its institution-building package. In resolution 5/1, the Council set out the universal periodic review.';
    expect(cited(hrc)).toEqual([]);
  });
});
