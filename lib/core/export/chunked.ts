import type { CardLang } from '../index/lookup';
import type { ExportFormat, SavedItem } from '../messages';
import { toCslItems } from './csl';
import { toCsv } from './csv';
import { describeFromIndex } from './describe';
import { exportFile } from './index';
import { toRis } from './ris';

/** A download built in pieces: no one string (nor one message) ever holds the whole list. */
export interface ExportParts {
  filename: string;
  mime: string;
  parts: string[];
}

/** Items formatted per piece; a piece of this many items with the longest notes stays a few tens of MB. */
export const CHUNK_ITEMS = 2000;

export function* chunks<T>(items: readonly T[], size = CHUNK_ITEMS): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** `JSON.stringify(value, null, 2)` as it reads nested `depth` levels deep in a 2-space-indented file. */
function nested(value: unknown, depth: number): string {
  const pad = ' '.repeat(2 * depth);
  return pad + JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}

/** What the RIS writer puts between two records beyond what it writes after each (a blank line). */
function risSeparator(item: SavedItem): string {
  const one = toRis([item]);
  return toRis([item, item]).slice(one.length, -one.length || undefined);
}


/**
 * The same file exportFile writes, piece by piece: each piece is formatted by the format's own
 * writer, so the pieces joined are exactly the one-piece file (a test holds them to it). The
 * envelopes (the JSON header, the CSV header row) come from the writers' answer for an empty list.
 */
export function exportParts(format: ExportFormat, pieces: Iterable<readonly SavedItem[]>, now = Date.now(), lang: CardLang = 'en'): ExportParts {
  const empty = exportFile(format, [], now, lang);
  const describe = describeFromIndex(lang);
  const parts: string[] = [];
  let first = true;
  const json = (open: string, close: string, depth: number, toValues: (chunk: readonly SavedItem[]) => unknown[]) => {
    for (const chunk of pieces) {
      if (chunk.length === 0) continue;
      const body = toValues(chunk).map((value) => nested(value, depth)).join(',\n');
      parts.push(`${first ? open : ',\n'}${body}`);
      first = false;
    }
    parts.push(first ? empty.text : close);
  };
  switch (format) {
    case 'csv': {
      const header = empty.text;
      parts.push(header);
      for (const chunk of pieces) if (chunk.length > 0) parts.push(toCsv(chunk).slice(header.length));
      break;
    }
    case 'ris': {
      for (const chunk of pieces) {
        if (chunk.length === 0) continue;
        parts.push(`${first ? '' : risSeparator(chunk[0]!)}${toRis(chunk, describe)}`);
        first = false;
      }
      if (first) parts.push(empty.text);
      break;
    }
    case 'json': {
      const [before, after] = empty.text.split('"items": []') as [string, string];
      json(`${before}"items": [\n`, `\n  ]${after}`, 2, (chunk) => [...chunk]);
      break;
    }
    case 'csl-json':
      json('[\n', `\n]${empty.text.slice(2)}`, 1, (chunk) => toCslItems(chunk, describe));
      break;
  }
  return { filename: empty.filename, mime: empty.mime, parts };
}
