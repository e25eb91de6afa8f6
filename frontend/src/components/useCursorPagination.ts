import { useState } from 'react';

export const PAGE_SIZES = [10, 20, 50] as const;
export const MAX_PAGE_SIZE = 50;

/**
 * Relay cursor paging: page n is fetched with `after` = the end cursor of
 * page n−1, so the cursors of the pages seen so far are kept in a stack.
 * Whenever `resetKey` changes (filters, sorting) paging starts again at page 1.
 */
export function useCursorPagination(resetKey: string, initialPageSize = 20) {
  const [state, setState] = useState({ key: resetKey, pageSize: Math.min(initialPageSize, MAX_PAGE_SIZE), cursors: [null] as (string | null)[] });
  const current = state.key === resetKey ? state : { ...state, key: resetKey, cursors: [null] };
  const page = current.cursors.length; // 1-based
  return {
    first: current.pageSize,
    after: current.cursors[current.cursors.length - 1],
    page,
    pageSize: current.pageSize,
    next(endCursor: string | null | undefined) {
      if (endCursor) setState({ ...current, cursors: [...current.cursors, endCursor] });
    },
    previous() {
      if (current.cursors.length > 1) setState({ ...current, cursors: current.cursors.slice(0, -1) });
    },
    firstPage() {
      setState({ ...current, cursors: [null] });
    },
    setPageSize(size: number) {
      setState({ key: resetKey, pageSize: Math.min(size, MAX_PAGE_SIZE), cursors: [null] });
    },
  };
}

export type CursorPagination = ReturnType<typeof useCursorPagination>;
