import type { Lang } from '../../lib/core/i18n';
import { t } from '../../lib/core/i18n';
import type { SavedItem } from '../../lib/core/messages';
import { readerUrl } from '../../lib/core/reader-url';
import { openLinkFor } from './open-link';
import { rowContext } from './row-context';

/** The last PDF page this item was saved from (`…#page=N`), to reopen the reader there. */
function pdfPage(item: SavedItem): { url: string; page: number } | null {
  for (let i = item.pages.length - 1; i >= 0; i--) {
    const m = /^https?:\/\/[^#]*#page=(\d+)$/.exec(item.pages[i]!.url);
    if (m) return { url: item.pages[i]!.url, page: Number(m[1]) };
  }
  return null;
}

interface Props {
  item: SavedItem;
  lang: Lang;
  onEdit: (item: SavedItem) => void;
  onRemove: (item: SavedItem) => void;
}

/**
 * One saved reference in a fixed-height row: title, id and tags, the start of the note, and its
 * three actions. Everything long is cut with an ellipsis so every row has the same height.
 */
export function SavedRow({ item, lang, onEdit, onRemove }: Props) {
  const link = openLinkFor(item.id, lang);
  const hasTitle = !!item.title && item.title !== item.id;
  const title = hasTitle ? item.title : item.id;
  const pdf = pdfPage(item);
  return (
    <div class="row">
      <div class="row__text">
        <span class="row__title" title={title}>
          {link ? (
            <a href={link} target="_blank" rel="noreferrer" aria-label={t(lang, 'itemOpenLabel', title)}>
              {title}
            </a>
          ) : (
            title
          )}
        </span>
        <span class="row__meta">
          <span class="row__id">{hasTitle ? item.id : rowContext(item.id, item.kind, lang)}</span>
          {pdf ? (
            <a class="row__pdf" href={readerUrl(new URL('/', location.href).href, pdf.url)} target="_blank" rel="noreferrer" aria-label={t(lang, 'itemPdfPageLabel', pdf.page)}>
              {t(lang, 'itemPdfPage', pdf.page)}
            </a>
          ) : null}
          {item.tags.map((tag) => (
            <span key={tag} class="tag">
              {tag}
            </span>
          ))}
        </span>
        <span class="row__note">{item.note}</span>
      </div>
      <div class="row__actions">
        <button type="button" onClick={() => onEdit(item)} aria-label={t(lang, 'itemEditLabel', item.id)}>
          {t(lang, 'itemEdit')}
        </button>
        <button type="button" onClick={() => onRemove(item)} aria-label={t(lang, 'itemRemoveLabel', item.id)}>
          {t(lang, 'itemRemove')}
        </button>
      </div>
    </div>
  );
}
