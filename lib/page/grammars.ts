import { type DetectLang, missingScripts, registerGrammars } from '../core/detect/detector';
import { GRAMMARS_GLOBAL } from '../core/detect/grammar/bundle';
import type { Grammar } from '../core/detect/grammar/types';
import { importBundle } from './bundles';

/** Imports the grammars bundle and returns the tables it leaves on this world's global. */
export type GrammarSource = () => Promise<readonly Grammar[]>;

/** The web-accessible `grammars.js` (lib/page/bundles.ts). */
const fromBundle: GrammarSource = () =>
  importBundle('/grammars.js', () => {
    const tables = (globalThis as Record<string, unknown>)[GRAMMARS_GLOBAL];
    return Array.isArray(tables) ? (tables as readonly Grammar[]) : undefined;
  });

let loading: Promise<boolean> | null = null;

/**
 * The content script bundles the Latin tables only (most pages need no other); the Russian, Chinese
 * and Arabic ones are loaded the first time a text needs them: detect(text, { lang }) reads the
 * hinted language's script, or without a hint every script the text holds (missingScripts). Resolves
 * true when this call's wait registered them (the caller then reads again what it read without
 * them), false when nothing was missing or the load failed; a failed load is forgotten, so a later
 * text tries again.
 */
export function ensureGrammars(text: string, lang?: DetectLang, source: GrammarSource = fromBundle): Promise<boolean> {
  if (missingScripts(text, lang).length === 0) return Promise.resolve(false);
  loading ??= source()
    .then((tables) => registerGrammars(tables))
    .finally(() => {
      loading = null;
    });
  // Without them the page keeps what the Latin tables read: a failed load must not break the scan.
  return loading.then(
    () => missingScripts(text, lang).length === 0,
    () => false,
  );
}
