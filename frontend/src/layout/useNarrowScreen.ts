import { useSyncExternalStore } from 'react';

// Ant Design's lg breakpoint (token screenLG): below it the menu folds away.
const WIDE = '(min-width: 992px)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * Whether the window is narrower than the lg breakpoint, known at the first
 * render (antd's Grid.useBreakpoint learns it in a layout effect and renders
 * the whole shell a second time before the first paint).
 */
export function useNarrowScreen(): boolean {
  return !useSyncExternalStore(subscribe, () => window.matchMedia(WIDE).matches, () => true);
}
