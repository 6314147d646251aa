import type { CardLang } from '../index/lookup';
import type { ExportFile, ExportFormat, SavedItem } from '../messages';
import { toCslJson } from './csl';
import { describeFromIndex } from './describe';
import { toCsv } from './csv';
import { toJson } from './json';
import { toRis } from './ris';

/**
 * Builds the download for one export format. File names carry the date so that successive
 * exports do not overwrite each other in the downloads folder. `lang` is the reader's: reference
 * managers get the verified title in it where there is one, else in the language it was verified in.
 */
export function exportFile(format: ExportFormat, items: readonly SavedItem[], now = Date.now(), lang: CardLang = 'en'): ExportFile {
  const day = new Date(now).toISOString().slice(0, 10);
  const base = `mc-xref-saved-${day}`;
  switch (format) {
    case 'json':
      return { filename: `${base}.json`, mime: 'application/json', text: toJson(items, now) };
    case 'csv':
      return { filename: `${base}.csv`, mime: 'text/csv;charset=utf-8', text: toCsv(items) };
    case 'ris':
      return { filename: `${base}.ris`, mime: 'application/x-research-info-systems', text: toRis(items, describeFromIndex(lang)) };
    case 'csl-json':
      return { filename: `${base}.csl.json`, mime: 'application/vnd.citationstyles.csl+json', text: toCslJson(items, describeFromIndex(lang)) };
  }
}
