import * as v from 'valibot';
import { EXPORT_FORMATS, type ExportFormat } from '../messages';
import { LIMITS, idSchema, noteSchema, saveInputSchema, savedItemSchema, tagsSchema } from '../store/schema';
import { MAX_IMPORT_BYTES } from '../export/import-json';

/**
 * The shape and size of every saved-list message, checked in the background before anything is
 * read or written: a content script runs next to untrusted pages, so whatever it sends is treated
 * like input from the web. Unknown keys fail too (strict objects), so a typo is an error rather
 * than a silently ignored field.
 */
export const savedRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('saved/save'), item: saveInputSchema }),
  v.strictObject({ type: v.literal('saved/remove'), id: idSchema }),
  v.strictObject({ type: v.literal('saved/restore'), item: savedItemSchema }),
  v.strictObject({
    type: v.literal('saved/state'),
    ids: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(LIMITS.stateIds, `at most ${LIMITS.stateIds} ids`)),
  }),
  v.strictObject({ type: v.literal('saved/list') }),
  v.strictObject({ type: v.literal('saved/head'), limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.head)) }),
  v.strictObject({ type: v.literal('saved/update'), id: idSchema, note: v.optional(noteSchema), tags: v.optional(tagsSchema) }),
  v.strictObject({ type: v.literal('saved/export'), format: v.picklist(EXPORT_FORMATS as ExportFormat[]), lang: v.optional(v.picklist(['en', 'fr', 'es'])) }),
  v.strictObject({ type: v.literal('saved/import'), text: v.pipe(v.string(), v.maxLength(MAX_IMPORT_BYTES - 1, 'the file is 50 MB or larger')) }),
  v.strictObject({ type: v.literal('saved/clear') }),
]);
