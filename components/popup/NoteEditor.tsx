import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/core/i18n';
import { t } from '../../lib/core/i18n';
import type { SavedItem } from '../../lib/core/messages';

interface Props {
  item: SavedItem;
  lang: Lang;
  onSave: (note: string, tags: string[]) => Promise<boolean>;
  onClose: () => void;
}

/** Splits what the reader typed in the tags field; the store trims and removes repeats. */
export function parseTags(text: string): string[] {
  return text.split(/[,;\n]/).map((tag) => tag.trim()).filter(Boolean);
}

/**
 * Edits one item's note and tags in a panel above the list (rows have a fixed height, so they
 * cannot grow an editor). Focus moves into the note on open and back is the caller's job on close.
 */
export function NoteEditor({ item, lang, onSave, onClose }: Props) {
  const [note, setNote] = useState(item.note);
  const [tags, setTags] = useState(item.tags.join(', '));
  const [busy, setBusy] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteRef.current?.focus(), [item.id]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const done = await onSave(note, parseTags(tags));
    setBusy(false);
    if (done) onClose();
  };
  return (
    <form class="editor" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h2 class="editor__title">{item.title || item.id}</h2>
      <label>
        {t(lang, 'itemNoteLabel')}
        <textarea ref={noteRef} value={note} rows={4} maxLength={10_000} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        {t(lang, 'itemTagsLabel')}
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <div class="editor__buttons">
        <button type="submit" disabled={busy}>
          {t(lang, 'itemSaveChanges')}
        </button>
        <button type="button" onClick={onClose}>
          {t(lang, 'itemCancel')}
        </button>
      </div>
    </form>
  );
}
