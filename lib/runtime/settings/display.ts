import { langFromTag, type Lang } from '../../core/i18n';
import type { CitationKind } from '../../core/detect/types';
import type { HighlightStyle, Settings } from '../../core/settings';

/**
 * The language cards are written in: the reader's choice, or for `auto` the browser's interface
 * language when it is one of the Convention's six (lib/core/lang.ts), else English. `uiLang` is what
 * `browser.i18n.getUILanguage()` or `navigator.language` reports; it is a parameter so that
 * callers in any context, and tests, can supply it.
 */
export function resolveCardLang(settings: Pick<Settings, 'cardLang'>, uiLang: string | undefined | null): Lang {
  return settings.cardLang === 'auto' ? langFromTag(uiLang) : settings.cardLang;
}

/** Prefix of every highlight we register; CSS.highlights is shared with the page, so ours must not collide. */
export const HIGHLIGHT_PREFIX = 'mcxref';

/**
 * The `CSS.highlights` name for a kind painted in a style, e.g. `mcxref-subtle-document`.
 * entrypoints/content/highlights.css styles exactly these names; switching style means moving
 * the ranges to the names of the new style, with no stylesheet change at run time.
 */
export function highlightName(kind: CitationKind, style: HighlightStyle): string {
  return `${HIGHLIGHT_PREFIX}-${style}-${kind}`;
}
