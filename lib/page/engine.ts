import { resolveCardLang } from '../runtime/settings/display';
import { extensionPort } from '../card/port';
import type { PageEngine } from './engine-api';
import { PageSession } from './session';

/** The page engine's API (see engine-api.ts); tests use it directly, the bundle leaves it on the global. */
export const pageEngine: PageEngine = {
  sessionSettings: (s, uiLang) => ({ kinds: s.kinds, highlightStyle: s.highlightStyle, hoverDelayMs: s.hoverDelayMs, lang: resolveCardLang(s, uiLang) }),
  createSession: (doc, settings, parts = {}) => new PageSession(doc, settings, parts.port ?? extensionPort(), parts),
};
