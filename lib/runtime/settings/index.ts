/**
 * The reader's settings: schema and defaults, storage (sync where available), and the helpers the
 * content script, the popup and the options page share.
 */
export * from '../../core/settings';
export * from './storage';
export * from './sites';
export * from './display';
export * from './active-page';
