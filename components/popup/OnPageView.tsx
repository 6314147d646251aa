import { CITATION_KINDS } from '../../lib/core/detect/types';
import type { Lang } from '../../lib/core/i18n';
import { isolate, t, tp } from '../../lib/core/i18n';
import type { PageCitation } from '../../lib/core/messages';
import { KIND_KEYS } from './SavedView';
import { rowContext } from './row-context';
import type { PageState, PopupActions, SiteToggleState } from '../../lib/extension-pages/popup/types';
import { SiteToggle } from './SiteToggle';

interface Props {
  lang: Lang;
  state: PageState;
  savedIds: ReadonlySet<string>;
  /** Titles from the index, by id, when the background could give them. */
  titles: ReadonlyMap<string, string>;
  actions: Pick<PopupActions, 'reveal' | 'save' | 'unsave' | 'openInReader'>;
  /** The "highlight citations on this site" switch (hidden when absent). */
  siteToggle?: SiteToggleState;
  onToggleSite?: () => void;
}

/**
 * The On this page view: the current tab's citations grouped by kind, each with how often it
 * appears, a button that scrolls the page to it, and a Save toggle.
 */
export function OnPageView({ lang, state, savedIds, titles, actions, siteToggle = { status: 'hidden' }, onToggleSite = () => undefined }: Props) {
  const toggle = <SiteToggle lang={lang} state={siteToggle} onToggle={onToggleSite} />;
  if (state.status === 'loading') return <p class="empty">{t(lang, 'onPageLoading')}</p>;
  if (state.status === 'pdf') {
    return (
      <div class="onpage">
        <p class="empty">{t(lang, 'popupPdfTab')}</p>
        <button type="button" class="primary" onClick={() => actions.openInReader(state.url)}>
          {t(lang, 'popupOpenInReader')}
        </button>
      </div>
    );
  }
  if (state.status === 'unavailable') {
    return (
      <>
        <p class="empty">{state.message}</p>
        {toggle}
      </>
    );
  }
  const { page } = state;
  const groups = CITATION_KINDS.map((kind) => ({ kind, citations: page.citations.filter((c) => c.kind === kind) })).filter(
    (group) => group.citations.length > 0,
  );
  return (
    <div class="onpage">
      {toggle}
      {groups.length === 0 ? (
        <p class="empty">{t(lang, 'onPageEmpty')}</p>
      ) : (
        <>
          <p class="count">{tp(lang, 'onPageSummary', page.citations.length, isolate(page.title || page.url))}</p>
          {groups.map((group) => (
            <section key={group.kind} class="group" aria-labelledby={`group-${group.kind}`}>
              <h2 id={`group-${group.kind}`}>
                {t(lang, KIND_KEYS[group.kind])} <span class="badge">{group.citations.length}</span>
              </h2>
              <ul class="cites">
                {group.citations.map((citation) => (
                  <CitationRow
                    key={citation.id}
                    citation={citation}
                    lang={lang}
                    saved={savedIds.has(citation.id)}
                    title={titles.get(citation.id)}
                    actions={actions}
                  />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}

interface RowProps {
  citation: PageCitation;
  lang: Lang;
  saved: boolean;
  title: string | undefined;
  actions: Props['actions'];
}

function CitationRow({ citation, lang, saved, title, actions }: RowProps) {
  return (
    <li class="cite">
      <button type="button" class="cite__reveal" onClick={() => actions.reveal(citation.id)} title={t(lang, 'revealLabel', citation.text)}>
        <span class="cite__text">{citation.text}</span>
        {/* The id adds nothing where the page printed the symbol itself; without a title, the meeting does. */}
        <span class="cite__id">{[citation.id !== citation.text ? citation.id : '', title ?? rowContext(citation.id, citation.kind, lang)].filter(Boolean).join(' · ')}</span>
      </button>
      <span class="badge" title={tp(lang, 'occurrencesLabel', citation.count)}>
        <span aria-hidden="true">{t(lang, 'occurrences', citation.count)}</span>
        <span class="visually-hidden">{tp(lang, 'occurrencesLabel', citation.count)}</span>
      </span>
      <button
        type="button"
        class="cite__save"
        aria-pressed={saved}
        onClick={() => (saved ? actions.unsave(citation.id) : actions.save({ id: citation.id, kind: citation.kind, title: title ?? citation.text }))}
      >
        {t(lang, 'saveButton')}
      </button>
    </li>
  );
}
