import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props<T> {
  items: readonly T[];
  /** Every row has this height in CSS pixels; fixed heights make the window a simple division. */
  rowHeight: number;
  /** Rows rendered above and below the visible ones, so fast scrolling shows no gap. */
  overscan?: number;
  label: string;
  keyOf: (item: T) => string;
  renderRow: (item: T, index: number) => ComponentChildren;
  /** Called once after the first rows are on screen (the popup's paint benchmark listens). */
  onFirstRows?: () => void;
}

/** Height assumed before the scroller has been measured (the popup's list area). */
const DEFAULT_VIEWPORT = 400;

/**
 * A list that renders only the rows in view plus a few around them, so 10 000 saved items cost
 * what 20 cost. Rows keep their list semantics for assistive technology through aria-setsize and
 * aria-posinset, since most of them are not in the DOM.
 */
export function VirtualList<T>({ items, rowHeight, overscan = 6, label, keyOf, renderRow, onFirstRows }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(DEFAULT_VIEWPORT);
  const reported = useRef(false);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    setViewport(el.clientHeight || DEFAULT_VIEWPORT);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight || DEFAULT_VIEWPORT));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    if (reported.current || items.length === 0 || !onFirstRows) return;
    reported.current = true;
    onFirstRows();
  }, [items.length, onFirstRows]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  const rows = [];
  for (let index = first; index < last; index++) {
    const item = items[index]!;
    rows.push(
      <li
        key={keyOf(item)}
        class="vlist__row"
        style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}
        aria-setsize={items.length}
        aria-posinset={index + 1}
      >
        {renderRow(item, index)}
      </li>,
    );
  }
  return (
    <div ref={scroller} class="vlist" onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}>
      <ul class="vlist__inner" aria-label={label} style={{ height: `${items.length * rowHeight}px` }}>
        {rows}
      </ul>
    </div>
  );
}
