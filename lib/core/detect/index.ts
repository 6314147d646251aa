/**
 * The detector with all six languages (extension pages, the background, scripts and tests). The
 * content script imports ./detector instead and loads the tables of other scripts when a page needs them.
 */
import './grammar/all';

export * from './detector';
