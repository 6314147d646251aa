import { ar } from './ar';
import { ru } from './ru';
import type { Grammar } from './types';
import { zh } from './zh';

/**
 * The tables of the languages not written in Latin script. The content script does not bundle
 * them: it loads them (entrypoints/grammars.ts, lib/page/grammars.ts) when a page needs them.
 */
export const OTHER_SCRIPT_GRAMMARS: readonly Grammar[] = [ru, zh, ar];
