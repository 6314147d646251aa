import * as v from 'valibot';
import { CITATION_KINDS, type CitationKind } from './detect/types';
import { LANGS } from './lang';

/**
 * How painted citations look. The content script never styles text itself: it picks a
 * `::highlight()` name with `highlightName(kind, style)` and entrypoints/content/highlights.css
 * holds the rules. `none` paints nothing but keeps the ranges registered, so hovering still opens
 * the card (hit-testing uses the registered highlights, not what they look like).
 */
export const HIGHLIGHT_STYLES = ['subtle', 'strong', 'underline', 'none'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** The card languages a reader can choose: the Convention's six, or `auto` for the browser's interface language. */
export const CARD_LANGS = ['auto', ...LANGS] as const;
export type CardLang = (typeof CARD_LANGS)[number];

/** Bounds of the hover delay: below 0 is meaningless, above 2 s the card feels broken. */
export const HOVER_DELAY_MIN = 0;
export const HOVER_DELAY_MAX = 2000;

/** Every setting the reader controls. Stored as one object under `SETTINGS_KEY`. */
export interface Settings {
  /** Which kinds of citation are highlighted; a kind switched off is neither painted nor hoverable. */
  kinds: Record<CitationKind, boolean>;
  /** Hostnames (lower case, no port) where the extension stays silent. */
  disabledSites: string[];
  /** Milliseconds the pointer rests on a citation before its card opens. */
  hoverDelayMs: number;
  cardLang: CardLang;
  highlightStyle: HighlightStyle;
}

/** The storage key; one key keeps a settings change atomic for every watcher. */
export const SETTINGS_KEY = 'settings';

/** A fresh copy of the defaults (callers may mutate what they get). */
export function defaultSettings(): Settings {
  return {
    kinds: { document: true, article: true, resolution: true, decision: true },
    disabledSites: [],
    hoverDelayMs: 300,
    cardLang: 'auto',
    highlightStyle: 'subtle',
  };
}

/**
 * A hostname as `new URL().hostname` prints it: letters, digits, dots, hyphens, or a bracketed
 * IPv6 address. Anything else in the stored list was hand-edited and is dropped.
 */
const hostnameSchema = v.pipe(
  v.string(),
  v.toLowerCase(),
  v.regex(/^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?|\[[0-9a-f:.]+\])$/),
  v.maxLength(253),
);

const fieldSchemas = {
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(HOVER_DELAY_MIN), v.maxValue(HOVER_DELAY_MAX)),
  cardLang: v.picklist(CARD_LANGS),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
} as const;

function field<T>(schema: v.GenericSchema<unknown, T>, value: unknown, fallback: T): T {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : fallback;
}

/**
 * Reads whatever is stored (an older version's shape, a hand-edited value, nothing at all) into
 * valid settings. Each field, each kind and each listed site is checked on its own, so one bad
 * value costs only that value, never the reader's other choices, and this never throws.
 */
export function parseSettings(stored: unknown): Settings {
  const defaults = defaultSettings();
  const raw = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const rawKinds = typeof raw.kinds === 'object' && raw.kinds !== null ? (raw.kinds as Record<string, unknown>) : {};
  const kinds = { ...defaults.kinds };
  for (const kind of CITATION_KINDS) kinds[kind] = field(v.boolean(), rawKinds[kind], defaults.kinds[kind]);
  const sites = Array.isArray(raw.disabledSites) ? raw.disabledSites : [];
  const disabledSites: string[] = [];
  for (const site of sites) {
    const parsed = v.safeParse(hostnameSchema, site);
    if (parsed.success && !disabledSites.includes(parsed.output)) disabledSites.push(parsed.output);
  }
  return {
    kinds,
    disabledSites,
    hoverDelayMs: field(fieldSchemas.hoverDelayMs, raw.hoverDelayMs, defaults.hoverDelayMs),
    cardLang: field(fieldSchemas.cardLang, raw.cardLang, defaults.cardLang),
    highlightStyle: field(fieldSchemas.highlightStyle, raw.highlightStyle, defaults.highlightStyle),
  };
}

/** A partial change; `kinds` may name only the kinds that change. */
export type SettingsPatch = Partial<Omit<Settings, 'kinds'>> & { kinds?: Partial<Record<CitationKind, boolean>> };

/** Thrown when a caller asks to store a value the schema refuses; names the field and the rule. */
export class InvalidSettingError extends Error {
  constructor(
    readonly field: string,
    readonly value: unknown,
    rule: string,
  ) {
    super(`Setting "${field}" cannot be ${JSON.stringify(value)}: ${rule}.`);
    this.name = 'InvalidSettingError';
  }
}

/**
 * Applies a patch, refusing invalid values instead of silently replacing them: a caller that
 * writes a wrong value has a bug that should surface, while stored data is forgiven on read.
 */
export function applyPatch(current: Settings, patch: SettingsPatch): Settings {
  const next: Settings = { ...current, kinds: { ...current.kinds }, disabledSites: [...current.disabledSites] };
  if (patch.kinds) {
    for (const [kind, on] of Object.entries(patch.kinds)) {
      if (!(CITATION_KINDS as readonly string[]).includes(kind)) throw new InvalidSettingError(`kinds.${kind}`, on, `the kinds are ${CITATION_KINDS.join(', ')}`);
      if (typeof on !== 'boolean') throw new InvalidSettingError(`kinds.${kind}`, on, 'it must be true or false');
      next.kinds[kind as CitationKind] = on;
    }
  }
  if (patch.hoverDelayMs !== undefined) {
    if (!v.is(fieldSchemas.hoverDelayMs, patch.hoverDelayMs)) {
      throw new InvalidSettingError('hoverDelayMs', patch.hoverDelayMs, `it must be a whole number from ${HOVER_DELAY_MIN} to ${HOVER_DELAY_MAX}`);
    }
    next.hoverDelayMs = patch.hoverDelayMs;
  }
  if (patch.cardLang !== undefined) {
    if (!v.is(fieldSchemas.cardLang, patch.cardLang)) throw new InvalidSettingError('cardLang', patch.cardLang, `it must be one of ${CARD_LANGS.join(', ')}`);
    next.cardLang = patch.cardLang;
  }
  if (patch.highlightStyle !== undefined) {
    if (!v.is(fieldSchemas.highlightStyle, patch.highlightStyle)) {
      throw new InvalidSettingError('highlightStyle', patch.highlightStyle, `it must be one of ${HIGHLIGHT_STYLES.join(', ')}`);
    }
    next.highlightStyle = patch.highlightStyle;
  }
  if (patch.disabledSites !== undefined) {
    const sites: string[] = [];
    for (const site of patch.disabledSites) {
      const parsed = v.safeParse(hostnameSchema, site);
      if (!parsed.success) throw new InvalidSettingError('disabledSites', site, 'each entry must be a hostname such as example.org');
      if (!sites.includes(parsed.output)) sites.push(parsed.output);
    }
    next.disabledSites = sites;
  }
  return next;
}
