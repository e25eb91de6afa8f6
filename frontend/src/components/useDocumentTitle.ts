import { useEffect } from 'react';

const SUFFIX = '绩效 Jixiao';

/** Names the browser tab (and what a screen reader announces) after the page. */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    if (title) document.title = `${title} · ${SUFFIX}`;
  }, [title]);
}
