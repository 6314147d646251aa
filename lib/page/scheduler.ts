/**
 * Runs work in slices between the page's own tasks. A MessageChannel message is the quickest way to
 * yield to the event loop without the 4 ms clamp nested timers get; where it is missing (tests),
 * setTimeout does the same job.
 */
export function createYielder(): (fn: () => void) => () => void {
  if (typeof MessageChannel === 'undefined') {
    return (fn) => {
      const id = setTimeout(fn, 0);
      return () => clearTimeout(id);
    };
  }
  const channel = new MessageChannel();
  const queue: Array<() => void> = [];
  channel.port1.onmessage = () => {
    const fn = queue.shift();
    fn?.();
  };
  return (fn) => {
    let cancelled = false;
    queue.push(() => {
      if (!cancelled) fn();
    });
    channel.port2.postMessage(0);
    return () => {
      cancelled = true;
    };
  };
}
