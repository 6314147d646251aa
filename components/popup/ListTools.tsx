import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang, MessageKey } from '../../lib/core/i18n';
import { t, tp } from '../../lib/core/i18n';
import { EXPORT_FORMATS, type ExportFormat } from '../../lib/core/messages';
import type { PopupActions } from '../../lib/extension-pages/popup/types';

const FORMAT_KEYS: Record<ExportFormat, MessageKey> = { json: 'exportJson', csv: 'exportCsv', ris: 'exportRis', 'csl-json': 'exportCsl' };

interface Props {
  lang: Lang;
  count: number;
  actions: Pick<PopupActions, 'exportAs' | 'importFile' | 'clear'>;
}

/**
 * Export, import and clear under the list. Clearing asks for confirmation in place (a second
 * button) rather than in a modal dialog, which a popup cannot show well.
 */
export function ListTools({ lang, count, actions }: Props) {
  const [format, setFormat] = useState<ExportFormat>('json');
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  return (
    <div class="tools">
      <div class="tools__row">
        <label class="toolbar__field">
          <span>{t(lang, 'exportLabel')}</span>
          <select value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(lang, FORMAT_KEYS[f])}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={count === 0} onClick={() => actions.exportAs(format)}>
          {t(lang, 'exportButton')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t(lang, 'importButton')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          tabIndex={-1}
          aria-label={t(lang, 'importButton')}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) actions.importFile(file);
          }}
        />
        {!confirming && (
          <button type="button" class="danger" disabled={count === 0} onClick={() => setConfirming(true)}>
            {t(lang, 'clearButton')}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="group" aria-label={t(lang, 'clearButton')}>
          <p>{tp(lang, 'clearConfirm', count)}</p>
          <button
            type="button"
            class="danger"
            ref={confirmButton}
            onClick={() => {
              setConfirming(false);
              actions.clear();
            }}
          >
            {t(lang, 'clearButton')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t(lang, 'itemCancel')}
          </button>
        </div>
      )}
    </div>
  );
}
