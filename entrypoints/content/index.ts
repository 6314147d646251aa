import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../../lib/page/start';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // Frames written by script (about:blank, srcdoc) hold text too; they belong to their parent's site.
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT's window.postMessage "content script started" told every page our extension id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContent(ctx);
  },
});
