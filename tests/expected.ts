/**
 * What the extension must find on the French demo note (tests/site/note-fr.html), whatever the
 * browser: the Chromium and Firefox suites both check against these.
 */

/** Ranges painted per kind. */
export const NOTE_FR_KINDS = { document: 11, article: 4, resolution: 5, decision: 1 } as const;

/** Every canonical id on the page with how many times it is cited there. */
export const NOTE_FR_CITATIONS: Record<string, number> = {
  'minamata:art23(5)(b)': 2,
  'minamata:art16(2)(a)': 1,
  'minamata:art24(2)(c)': 1,
  'UNEP/MC/COP.6/INF/28': 2,
  'UNEP/MC/COP.6/22': 1,
  'UNEP/MC/COP.6/INF/29': 1,
  'UNEP/MC/COP.6/INF/30': 1,
  'UNEP/MC/COP.6/INF/31': 1,
  'UNEP/MC/COP.6/INF/32': 1,
  'UNEP/MC/COP.6/INF/33': 1,
  'UNEP/MC/COP.6/INF/34': 1,
  'UNEP/MC/COP.6/INF/35': 1,
  'MC-6/[--]': 1,
  'UNEP/MC/COP.5/INF/28': 1,
  'UNEP/EA.6/Res.3': 1,
  'UNEP/EA.6/Res.4': 1,
  'UNEP/EA.6/Res.5': 1,
  'UNEP/EA.6/Res.6': 1,
  'UNEP/EA.6/Res.9': 1,
};
