import { useEffect, useRef } from 'preact/hooks';
import type { CitationKind } from '../../lib/core/detect/types';
import { isLang, langDir } from '../../lib/core/lang';
import type { CardLabelKey, CardLabels } from '../../lib/core/card-labels';
import { plural } from '../../lib/card/labels';
import type { CardModel, SaveState } from '../../lib/card/model';

/** Excerpts shown; the rest are counted, so the card stays short. */
const MAX_CITED = 2;

const KIND_KEYS: Record<CitationKind, CardLabelKey> = {
  document: 'cardKindDocument',
  article: 'cardKindArticle',
  resolution: 'cardKindResolution',
  decision: 'cardKindDecision',
};

export interface HoverCardProps {
  /** The card's language (its `lang` attribute). */
  lang: string;
  labels: CardLabels;
  /** Every citation under the pointer; the card shows `selected`. */
  models: CardModel[];
  selected: number;
  saveState: SaveState;
  /** A short status line ("Copied", an error) announced politely. */
  status?: string;
  /** Focus the first control when the card opens (keyboard navigation). */
  autoFocus: boolean;
  onSelect: (index: number) => void;
  onToggleSave: () => void;
  onCopy: () => void;
  onClose: () => void;
  /** Shown after Unsave: puts the reference back as it was. */
  onUndo?: () => void;
}

/**
 * Runs `action` only for a click the reader made. The shadow root is closed, so a page cannot reach
 * these buttons; this keeps it so should a reference ever leak (a synthetic event has isTrusted false).
 */
function trusted(action: () => void) {
  return (event: Event) => {
    if (event.isTrusted) action();
  };
}

/**
 * `lang` and `dir` for text in `lang`: the card mirrors for Arabic, and an English title inside an
 * Arabic card keeps its own direction. Nothing when `lang` is not given (text in the card's language).
 */
function langAttrs(lang: string | undefined): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (!lang) return {};
  return isLang(lang) ? { lang, dir: langDir(lang) } : { lang };
}

/**
 * The hover card: what the citation is, its title, where the note cites it, links to the document,
 * and Save / Copy reference. A non-modal dialog named after the reference; Esc closes it (handled by
 * the controller so focus can go back where it was).
 */
export function HoverCard(props: HoverCardProps) {
  const { lang, labels: L, models, selected, saveState } = props;
  const model = models[selected] ?? models[0];
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.autoFocus) root.current?.focus();
  }, [props.autoFocus, model?.id]);
  if (!model) return null;
  const headingId = 'mcxref-card-heading';
  return (
    <div ref={root} tabIndex={-1} class={`card kind-${model.kind}`} role="dialog" aria-labelledby={headingId} {...langAttrs(lang)}>
      <div class="head">
        <span class="badge">{L[KIND_KEYS[model.kind]]}</span>
        {/* Named by its text ("Close"), not by aria-label over a "×" glyph: the name is what it shows to a screen reader and in axe's checks. */}
        <button type="button" class="icon close" title={L.cardClose} onClick={trusted(props.onClose)}>
          <span aria-hidden="true">×</span>
          <span class="visually-hidden">{L.cardClose}</span>
        </button>
      </div>
      {models.length > 1 && (
        <div class="tabs" role="group" aria-label={plural(L, 'cardSeveral', lang, models.length)}>
          {models.map((m, i) => (
            <button type="button" class="tab" aria-pressed={i === selected} onClick={trusted(() => props.onSelect(i))}>
              {m.label}
            </button>
          ))}
        </div>
      )}
      <h2 id={headingId} class="label">
        {model.label}
      </h2>
      {model.label !== model.id && !model.id.startsWith('minamata:') ? <p class="canonical">{model.id}</p> : null}
      {model.title ? (
        <p class="title" {...langAttrs(model.textLang?.title)}>
          {model.title}
        </p>
      ) : null}
      {model.titleNote ? <p class="note">{model.titleNote}</p> : null}
      {!model.inIndex && <p class="note warn">{L.cardNotInIndex}</p>}
      {model.summary ? (
        <p class="summary" {...langAttrs(model.textLang?.summary)}>
          {model.summary}
        </p>
      ) : null}
      {model.instrument ? (
        <p class="meta" {...langAttrs(model.textLang?.instrument)}>
          {model.instrument}
        </p>
      ) : null}
      {model.meeting ? (
        <p class="meta">
          <span class="meta-key">{L.cardMeeting}</span> {model.meeting}
        </p>
      ) : null}
      {model.related.length > 0 ? (
        <p class="meta">
          <span class="meta-key">{L.cardRelated}</span> {model.related.join(', ')}
        </p>
      ) : null}
      {model.links.length > 0 && (
        <nav class="links" aria-label={L.cardLinks}>
          {model.links.map((l) => (
            <a href={l.url} hrefLang={l.hreflang} target="_blank" rel="noopener noreferrer">
              {l.label}
            </a>
          ))}
        </nav>
      )}
      <div class="actions">
        <button
          type="button"
          class={`primary ${saveState === 'saved' ? 'is-saved' : ''}`}
          aria-pressed={saveState === 'saved'}
          disabled={saveState === 'busy' || saveState === 'unknown'}
          onClick={trusted(props.onToggleSave)}
        >
          {saveState === 'saved' ? L.cardSaved : L.cardSave}
        </button>
        <button type="button" onClick={trusted(props.onCopy)}>
          {L.cardCopy}
        </button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {props.status ?? ''}
        {props.onUndo ? (
          <>
            {' '}
            <button type="button" class="undo" onClick={trusted(props.onUndo)}>
              {L.undo}
            </button>
          </>
        ) : null}
      </p>
      {model.citedIn.length > 0 && (
        <section class="cited" aria-label={L.cardCitedIn}>
          <h3>{L.cardCitedIn}</h3>
          <ul>
            {model.citedIn.slice(0, MAX_CITED).map((c) => (
              <li>
                <span class="where">{c.where}</span>
                <q {...langAttrs(c.lang)}>{c.excerpt}</q>
              </li>
            ))}
          </ul>
          {model.citedIn.length > MAX_CITED ? <p class="more">{plural(L, 'cardMoreCited', lang, model.citedIn.length - MAX_CITED)}</p> : null}
        </section>
      )}
    </div>
  );
}

/** The small card shown when a lookup finds nothing (context menu on a selection without a citation). */
export function NoCitationCard(props: { lang?: string; labels: CardLabels; onClose: () => void; autoFocus: boolean }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (props.autoFocus) close.current?.focus();
  }, [props.autoFocus]);
  return (
    <div class="card" role="dialog" aria-label={props.labels.cardNoCitation} {...langAttrs(props.lang)}>
      <div class="head">
        <p class="summary">{props.labels.cardNoCitation}</p>
        <button type="button" ref={close} class="icon close" aria-label={props.labels.cardClose} onClick={trusted(props.onClose)}>
          ×
        </button>
      </div>
    </div>
  );
}
