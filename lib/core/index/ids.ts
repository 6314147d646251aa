/** Moved to lib/core/ids.ts (formatting and parsing of canonical ids); kept so that importers elsewhere need not change. */
export * from '../ids';
