import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a navigation inside the app (not the first load), moves the focus
 * to the new page's h1 (PageTitle's data-page-heading), so that keyboard and
 * screen-reader users start at the top of what changed instead of on the link
 * they left. Pages load lazily: the heading is awaited, for a few seconds.
 */
export function useFocusHeading() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const focus = () => {
      const heading = document.querySelector<HTMLElement>('main [data-page-heading]');
      if (!heading) return false;
      heading.focus();
      return true;
    };
    if (focus()) return;
    const observer = new MutationObserver(() => {
      if (focus()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const stop = window.setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [pathname]);
}
