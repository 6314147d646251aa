import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { langFromTag, t } from '../../lib/core/i18n';
import { langDir } from '../../lib/core/lang';
import { useOptionsController } from '../../lib/extension-pages/options/controller';
import '../../components/options/options.css';

// The HTML is static, so its title, language and direction are set here in the reader's language.
const lang = langFromTag(navigator.language);
document.documentElement.lang = lang;
document.documentElement.dir = langDir(lang);
document.title = t(lang, 'optionsTitle');

function Options() {
  return <OptionsApp lang={lang} {...useOptionsController(lang)} />;
}

render(<Options />, document.getElementById('app')!);
