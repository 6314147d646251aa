import { describe, expect, it } from 'vitest';
import { cited } from './test-support/cited';

describe('document symbols', () => {
  it.each([
    ['UNEP/MC/COP.6/INF/28', 'UNEP/MC/COP.6/INF/28', 'UNEP/MC/COP.6/INF/28'],
    ['see UNEP/MC/COP.6/22.', 'UNEP/MC/COP.6/22', 'UNEP/MC/COP.6/22'],
    ['UNEP/MC/COP.6/22/Add.1/Rev.1', 'UNEP/MC/COP.6/22/Add.1/Rev.1', 'UNEP/MC/COP.6/22/Add.1/Rev.1'],
    ['UNEP/MC/COP.6/6/Add.3', 'UNEP/MC/COP.6/6/Add.3', 'UNEP/MC/COP.6/6/Add.3'],
    ['UNEP/MC/COP.6/1/Rev.1', 'UNEP/MC/COP.6/1/Rev.1', 'UNEP/MC/COP.6/1/Rev.1'],
    ['UNEP/MC/COP.5/INF/36/Corr.1', 'UNEP/MC/COP.5/INF/36/Corr.1', 'UNEP/MC/COP.5/INF/36/Corr.1'],
    ['document UNEP/MC/COP.6/CRP.6 (India)', 'UNEP/MC/COP.6/CRP.6', 'UNEP/MC/COP.6/CRP.6'],
    ['lower case unep/mc/cop.6/inf/28 too', 'UNEP/MC/COP.6/INF/28', 'unep/mc/cop.6/inf/28'],
    ['stray spaces UNEP/MC/COP. 6/INF /28', 'UNEP/MC/COP.6/INF/28', 'UNEP/MC/COP. 6/INF /28'],
    ['a PDF line break UNEP/MC/\nCOP.6/INF/29', 'UNEP/MC/COP.6/INF/29', 'UNEP/MC/\nCOP.6/INF/29'],
    ['with NBSP UNEP/MC/COP.6/INF/\u00a030', 'UNEP/MC/COP.6/INF/30', 'UNEP/MC/COP.6/INF/\u00a030'],
    ['[UNEP/MC/COP.3/18]', 'UNEP/MC/COP.3/18', 'UNEP/MC/COP.3/18'],
    ['(UNEP/MC/COP.3/INF/17);', 'UNEP/MC/COP.3/INF/17', 'UNEP/MC/COP.3/INF/17'],
    ['«UNEP/MC/COP.6/INF/35»', 'UNEP/MC/COP.6/INF/35', 'UNEP/MC/COP.6/INF/35'],
    ['UNEP/MC/COP.6/22/Add.1/Add.2', 'UNEP/MC/COP.6/22/Add.1', 'UNEP/MC/COP.6/22/Add.1'],
  ])('%j → %s', (text, id, printed) => {
    expect(cited(text)).toEqual([[id, printed]]);
  });

  it.each([
    ['Basel', 'UNEP/CHW.12/INF/31'],
    ['Rotterdam', 'UNEP/FAO/RC/COP.7/INF/20'],
    ['Stockholm', 'UNEP/POPS/COP.6/INF/1 and UNEP/POPS/COP.5/INF/2/Add.1'],
    ['joint BRS', 'UNEP/CHW.13/INF/38-UNEP/FAO/RC/COP.8/INF/27-UNEP/POPS/COP.8/INF/44'],
    ['UNEA working documents', 'UNEP/EA.6/INF/15, UNEP/EA.6/13 and UNEP/OECPR.6/L.2/Rev.1'],
    ['secretariat letters', 'letter MC/COP6/2025/59 and MC/ES/2024/12'],
    ['no meeting number', 'UNEP/MC/COP/INF/28'],
    ['meeting zero', 'UNEP/MC/COP.0/1'],
    ['other UNEP series', 'UNEP/MC/ICC.2/4 and UNEP(DTIE)/Hg/INC.5/7'],
  ])('not a Minamata COP document: %s', (_label, text) => {
    expect(cited(text).filter(([id]) => !id.startsWith('UNEP/EA.'))).toEqual([]);
  });

  it('reads the UNEA resolution symbol as a resolution', () => {
    expect(cited('UNEP/EA.6/Res.3 and unep/ea.5/res.12')).toEqual([
      ['UNEP/EA.6/Res.3', 'UNEP/EA.6/Res.3'],
      ['UNEP/EA.5/Res.12', 'unep/ea.5/res.12'],
    ]);
  });
});
