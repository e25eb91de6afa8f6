/**
 * Runs fn once the browser has nothing more urgent to do (painting the
 * page's figures first); returns a cancel function. Where there is no
 * requestIdleCallback, the next task.
 */
export function whenIdle(fn: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(fn);
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, 0);
  return () => window.clearTimeout(id);
}
