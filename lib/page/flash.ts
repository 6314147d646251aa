/** How long a revealed citation stays flashed. */
export const FLASH_MS = 1600;

type HighlightWindow = Window & { Highlight?: typeof Highlight; CSS?: { highlights?: HighlightRegistry } };

/**
 * Returns the function that flashes one range for a moment (a citation the popup revealed) under the
 * `mcxref-flash` highlight. `signal` ends it: the highlight and its timer go with the page's session.
 */
export function flasher(win: Window | null, signal: AbortSignal): (range: Range) => void {
  const registry = (win as HighlightWindow | null)?.CSS?.highlights;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    registry?.delete('mcxref-flash');
    clearTimeout(timer);
  };
  signal.addEventListener('abort', clear, { once: true });
  return (range) => {
    const Ctor = (win as HighlightWindow | null)?.Highlight;
    if (!registry || !Ctor || signal.aborted) return;
    clear();
    registry.set('mcxref-flash', new Ctor(range));
    timer = setTimeout(clear, FLASH_MS);
  };
}
