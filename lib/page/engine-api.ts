import type { Settings } from '../core/settings';
import type { CardPort } from '../card/port';
import type { PageSession, SessionParts, SessionSettings } from './session';

/** What a session is built with besides the page and its settings; tests replace the port. */
export interface EngineParts extends SessionParts {
  /** The card's way to the extension (default: the extension's messages, lib/card/port.ts). */
  port?: CardPort;
}

/**
 * The page engine: detector, scanner, highlighter, session and card controller, in the
 * web-accessible `page-engine.js` (entrypoints/page-engine.ts) that the content script imports only
 * for a page whose text may hold a citation, or when a message needs a session (lib/page/engine-loader.ts).
 */
export interface PageEngine {
  /** The settings a session applies, from the stored settings and the browser's UI language. */
  sessionSettings(settings: Settings, uiLang: string): SessionSettings;
  createSession(doc: Document, settings: SessionSettings, parts?: EngineParts): PageSession;
}

/**
 * Where the bundle leaves its API, in the content scripts' isolated world (out of the page's reach):
 * the one place the contract between entrypoints/page-engine.ts (which sets it) and
 * lib/page/engine-loader.ts (which reads it) is typed.
 */
declare global {
  var __mcxrefPageEngine: PageEngine | undefined;
}
