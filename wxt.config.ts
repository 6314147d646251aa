import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { mcxrefIndex } from './data/vite-plugin.ts';
import { pdfjsAssets } from './scripts/pdfjs-assets.ts';

/**
 * Build configuration. The manifest asks only for what the extension uses; README.md lists each
 * permission and why.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    // mcxrefIndex compiles data/ into virtual:mcxref-index; a wrong catalogue entry fails the build.
    plugins: [preact(), mcxrefIndex()],
    build: { target: 'es2022' },
  }),
  hooks: {
    // The reader's PDF.js data (character maps, standard fonts, colour profiles, decoders) ship with the extension: no CDN.
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfjsAssets());
    },
    // WXT copies the popup's <title> into action.default_title; the toolbar tooltip must be localised.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
  },
  zip: {
    // Firefox reviewers rebuild from this allowlist: sources, assets, config and the lockfile,
    // nothing generated (node_modules, .output, .wxt) and no tests or local junk.
    includeSources: ['components/**', 'data/**', 'entrypoints/**', 'lib/**', 'public/**', 'scripts/**', 'package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'README.md', 'LICENSE*'],
    excludeSources: ['**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'mc-xref',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: the saved list's backup lives in storage.local (README, "The saved list").
    // declarativeNetRequestWithHostAccess (Chrome) / webRequest + blocking (Firefox): only for the option, off by
    // default, that opens PDF links in the reader; no rule or listener exists while it is off.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', ...(browser === 'firefox' ? ['webRequest', 'webRequestBlocking'] : ['declarativeNetRequestWithHostAccess'])],
    // Asked for one site at a time, when the reader opens a PDF from it (or all at once when the option
    // above is turned on): the reader fetches the PDF, nothing else.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // The card UI, imported by the content script the first time a card opens in a frame. A dynamic
    // URL (Chromium) keeps pages from probing for it at a fixed address.
    web_accessible_resources: [
      { resources: ['card-ui.js'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
      // The Russian, Chinese and Arabic grammars, imported by the content script on a page that needs them (lib/page/grammars.ts).
      { resources: ['grammars.js'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
      // The page engine (detector, scanner, highlighter, session, card controller), imported by the content script once a
      // page's text may hold a citation or a message needs it (lib/page/engine-loader.ts).
      { resources: ['page-engine.js'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
      // A redirected PDF lands on the reader, which must be reachable from web navigations; it refuses to run in a frame.
      { resources: ['reader.html'], matches: ['http://*/*', 'https://*/*'] },
    ],
    action: { default_title: '__MSG_actionTitle__' },
    // PDF.js 6 decodes JBIG2/JPEG 2000 images and colour profiles with WebAssembly; scripts stay 'self' only.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    commands: {
      'next-citation': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextCitation__',
      },
      'previous-citation': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandPreviousCitation__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mc-xref@minamata-xref.org',
              // 140: first Firefox with the CSS Custom Highlight API the content script paints with,
              // and with data_collection_permissions (addons-linter warns below it).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
