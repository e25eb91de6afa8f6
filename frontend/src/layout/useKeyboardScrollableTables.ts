import { useEffect } from 'react';

const SCROLLERS = '.ant-table-content, .ant-table-body';

/** The name a scrolling table is announced by: its card's title, else the page heading. */
function regionName(el: HTMLElement): string {
  const card = el.closest('.ant-card');
  const title = card?.querySelector('.ant-card-head-title')?.textContent?.trim() || document.querySelector('main h1')?.textContent?.trim() || '';
  const hint = document.documentElement.lang.startsWith('en') ? '(scrolls sideways)' : '（可左右滚动）';
  return `${title}${hint}`;
}

/** Makes each table wider than its box a named, focusable region (and undoes it when it fits again). */
function mark() {
  for (const el of document.querySelectorAll<HTMLElement>(SCROLLERS)) {
    const scrolls = el.scrollWidth > el.clientWidth + 1;
    if (scrolls && el.tabIndex !== 0) {
      el.tabIndex = 0;
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', regionName(el));
      el.dataset.keyboardScroll = '';
    } else if (!scrolls && el.dataset.keyboardScroll !== undefined) {
      el.removeAttribute('tabindex');
      el.removeAttribute('role');
      el.removeAttribute('aria-label');
      delete el.dataset.keyboardScroll;
    }
  }
}

/** Runs when the main thread is idle (at the latest after a second), where the browser has it. */
const whenIdle: (run: () => void) => () => void =
  typeof requestIdleCallback === 'function'
    ? (run) => {
        const id = requestIdleCallback(run, { timeout: 1000 });
        return () => cancelIdleCallback(id);
      }
    : (run) => {
        const id = setTimeout(run, 0);
        return () => clearTimeout(id);
      };

/**
 * A table that scrolls sideways (phones, wide ledgers) must be scrollable
 * from the keyboard too (WCAG 2.1.1; axe's scrollable-region-focusable):
 * a region without links or inputs in it cannot take the focus otherwise.
 * Antd renders the scrolling box itself, so it is marked here, after the
 * page or the window's size changed, once the main thread is idle: measuring
 * the tables forces a layout, which during a page's first render (one per
 * frame, as before) delayed its figures. While a marking is due the root
 * element says so (data-scroll-marks="pending"), for the browser tests to wait on.
 */
export function useKeyboardScrollableTables() {
  useEffect(() => {
    let cancel: (() => void) | undefined;
    const root = document.documentElement;
    const schedule = () => {
      if (cancel) return;
      root.dataset.scrollMarks = 'pending';
      cancel = whenIdle(() => {
        cancel = undefined;
        mark();
        delete root.dataset.scrollMarks;
      });
    };
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', schedule);
      cancel?.();
      delete root.dataset.scrollMarks;
    };
  }, []);
}
