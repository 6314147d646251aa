import { useRef } from 'preact/hooks';
import type { Lang } from '../../lib/core/i18n';
import { t } from '../../lib/core/i18n';
import { OnPageView } from './OnPageView';
import { SavedView } from './SavedView';
import type { Notice, PageState, PopupActions, SavedListState, SiteToggleState } from '../../lib/extension-pages/popup/types';

export type PopupView = 'saved' | 'page';

interface Props {
  lang: Lang;
  view: PopupView;
  onView: (view: PopupView) => void;
  saved: SavedListState;
  page: PageState;
  savedIds: ReadonlySet<string>;
  titles: ReadonlyMap<string, string>;
  notice: Notice | null;
  actions: PopupActions;
  onFirstRows?: () => void;
  /** Set when the browser lost the saved list: what happened and what came back (until dismissed). */
  recovery?: string | null;
  onDismissRecovery?: () => void;
  /** The "highlight citations on this site" switch of the On this page view. */
  siteToggle?: SiteToggleState;
  onToggleSite?: () => void;
}

const VIEWS: readonly PopupView[] = ['saved', 'page'];

/**
 * The toolbar popup: two views behind an ARIA tab list (arrow keys move between tabs), and one
 * live region for what just happened (saved, removed with Undo, an error to act on).
 */
export function PopupApp({ lang, view, onView, saved, page, savedIds, titles, notice, actions, onFirstRows, recovery, onDismissRecovery, siteToggle, onToggleSite }: Props) {
  const tabs = useRef<Record<PopupView, HTMLButtonElement | null>>({ saved: null, page: null });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = VIEWS[(VIEWS.indexOf(view) + 1) % VIEWS.length]!;
    onView(next);
    tabs.current[next]?.focus();
  };
  const label = { saved: t(lang, 'tabSaved'), page: t(lang, 'tabOnPage') };
  return (
    <main class="popup">
      <h1>{t(lang, 'popupTitle')}</h1>
      {recovery && (
        <div class="recovery" role="alert">
          <p>{recovery}</p>
          <button type="button" onClick={onDismissRecovery}>
            {t(lang, 'recoveryDismiss')}
          </button>
        </div>
      )}
      <div role="tablist" aria-label={t(lang, 'popupViewsLabel')} class="tabs" onKeyDown={onKeyDown}>
        {VIEWS.map((v) => (
          <button
            key={v}
            ref={(el) => {
              tabs.current[v] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${v}`}
            aria-selected={view === v}
            aria-controls={`panel-${v}`}
            tabIndex={view === v ? 0 : -1}
            onClick={() => onView(v)}
          >
            {label[v]}
          </button>
        ))}
      </div>
      <div class="notice" role="status" aria-live="polite">
        {notice && (
          <p class={`notice__text notice__text--${notice.kind}`}>
            {notice.text}
            {notice.undo && (
              <button type="button" class="notice__undo" onClick={notice.undo}>
                {t(lang, 'undo')}
              </button>
            )}
          </p>
        )}
      </div>
      <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} class="panel">
        {view === 'saved' ? (
          <SavedView lang={lang} state={saved} actions={actions} onFirstRows={onFirstRows} />
        ) : (
          <OnPageView lang={lang} state={page} savedIds={savedIds} titles={titles} actions={actions} siteToggle={siteToggle} onToggleSite={onToggleSite} />
        )}
      </div>
    </main>
  );
}
