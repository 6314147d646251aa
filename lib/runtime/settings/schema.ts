/** The settings' schema is pure and lives in lib/core/settings.ts; this path stays for the content script's and the reader's imports. */
export * from '../../core/settings';
