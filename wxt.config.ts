import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Build configuration. The manifest asks only for what the extension uses; README.md lists each
 * permission and why.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'mc-xref',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'next-citation': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextCitation__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mc-xref@minamata-xref.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
