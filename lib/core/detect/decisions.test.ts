import { describe, expect, it } from 'vitest';
import { cited } from './test-support/cited';

describe('COP decisions', () => {
  it.each([
    ['en', 'decision MC-5/3 on mercury compounds', [['MC-5/3', 'decision MC-5/3']]],
    ['fr', 'la décision MC-4/11 sur l’évaluation', [['MC-4/11', 'décision MC-4/11']]],
    ['es', 'la decisión MC-5/1 sobre los pueblos indígenas', [['MC-5/1', 'decisión MC-5/1']]],
    ['fr', 'Projet de décision MC-6/[--] : Coopération', [['MC-6/[--]', 'décision MC-6/[--]']]],
    ['en', 'draft decision MC-6/[–]', [['MC-6/[--]', 'decision MC-6/[–]']]],
    ['en', 'decisions MC-5/1 and MC-5/2', [['MC-5/1', 'decisions MC-5/1'], ['MC-5/2', 'MC-5/2']]],
    ['es', 'decisiones MC-4/6, MC-4/11 y MC-5/10', [['MC-4/6', 'decisiones MC-4/6'], ['MC-4/11', 'MC-4/11'], ['MC-5/10', 'MC-5/10']]],
    ['en', 'as set out in MC-1/8, the timing', [['MC-1/8', 'MC-1/8']]],
    ['en', 'with a non-breaking hyphen MC‑5/3', [['MC-5/3', 'MC‑5/3']]],
  ] as const)('%s: %j', (lang, text, expected) => {
    expect(cited(text, lang)).toEqual(expected);
  });

  it.each([
    ['en', 'At its fifth meeting, the Conference of the Parties to the Minamata Convention on Mercury adopted decision 5/1.', [['MC-5/1', 'decision 5/1']]],
    ['fr', 'À sa cinquième réunion, la Conférence des Parties à la Convention de Minamata sur le mercure a adopté la décision 5/1 et les décisions 5/2 et 5/3.', [['MC-5/1', 'décision 5/1'], ['MC-5/2', 'décisions 5/2'], ['MC-5/3', '5/3']]],
    ['es', 'La Conferencia de las Partes en el Convenio de Minamata sobre el Mercurio aprobó la decisión 5/17.', [['MC-5/17', 'decisión 5/17']]],
  ] as const)('bare numbers in a text about the Minamata COP, %s', (lang, text, expected) => {
    expect(cited(text, lang)).toEqual(expected);
  });

  it.each([
    ['BRS prefixes', 'decisions BC-16/21, RC-11/8 and SC-11/20'],
    ['another COP', 'The Conference of the Parties to the Basel Convention adopted decision 5/1 on e-waste.'],
    ['no Minamata context', 'The board took decision 5/1 at its fifth meeting.'],
    ['UNEA', 'The Minamata Convention on Mercury was discussed at UNEA. UNEA decision 6/1 sets the programme.'],
    ['the Governing Council', 'In the mercury programme, Governing Council decision 25/5 launched the talks.'],
    ['UNFCCC shape', 'decision 1/CP.21 adopted the Paris Agreement'],
    ['out of range', 'decision MC-12/3 and MC-5/0'],
  ])('not a Minamata COP decision: %s', (_label, text) => {
    expect(cited(text)).toEqual([]);
  });
});
