import { render } from 'preact';
import { useState } from 'preact/hooks';
import { PopupApp, type PopupView } from '../../components/popup/PopupApp';
import '../../components/popup/popup.css';
import { langFromTag } from '../../lib/core/i18n';
import { langDir } from '../../lib/core/lang';
import { targetTab, usePopupController } from '../../lib/extension-pages/popup/controller';
import { useSiteToggle } from '../../lib/extension-pages/popup/site-toggle';

const lang = langFromTag(navigator.language);
const tabId = targetTab(location.search);
const initialView: PopupView = new URLSearchParams(location.search).get('view') === 'page' ? 'page' : 'saved';

/** Marks the moment the first rows were painted; `npm run bench:popup` reads it. */
function markFirstRows(): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark('mcxref:first-rows'), 0));
}

function Popup() {
  const [view, setView] = useState<PopupView>(initialView);
  const state = usePopupController(lang, tabId);
  const site = useSiteToggle(lang, state.page);
  return <PopupApp lang={lang} view={view} onView={setView} {...state} siteToggle={site.state} onToggleSite={site.toggle} onFirstRows={markFirstRows} />;
}

document.documentElement.lang = lang;
document.documentElement.dir = langDir(lang);
render(<Popup />, document.getElementById('app')!);
