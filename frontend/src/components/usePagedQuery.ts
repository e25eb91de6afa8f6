import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery, type AnyVariables } from 'urql';

export const PAGE_SIZE_OPTIONS = [10, 20, 50] as const;
export const DEFAULT_PAGE_SIZE = 20;

type Connection = { totalCount: number; pageInfo: { endCursor?: string | null }; edges?: readonly unknown[] | null };

/** The page and page size in the URL (?page=3&size=50); absent means page 1 of 20. */
export function pageFromSearch(params: URLSearchParams): { page: number; pageSize: number } {
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  return {
    page: Number.isInteger(page) && page > 1 ? page : 1,
    pageSize: (PAGE_SIZE_OPTIONS as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** Writes page and size into a copy of `params`, leaving the defaults out. */
export function withPage(params: URLSearchParams, page: number, pageSize: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (page > 1) next.set('page', String(page));
  else next.delete('page');
  if (pageSize !== DEFAULT_PAGE_SIZE) next.set('size', String(pageSize));
  else next.delete('size');
  return next;
}

/**
 * A Relay list paged by number, the page and size in the URL. Page n is
 * fetched with `after` = the cursor of row (n−1)×size: known from the page
 * before when the user walks page by page, otherwise asked of the server's
 * `…CursorAt(position:)` (one OFFSET statement) — never by reading the pages
 * in between. Cursors are remembered per filter (`where` + `orderBy`).
 */
export function usePagedQuery<Q, V extends AnyVariables, C, CV extends AnyVariables>(options: {
  query: TypedDocumentNode<Q, V>;
  /** The list's variables without first/after. */
  variables: Omit<V, 'first' | 'after'>;
  connection: (data: Q) => Connection | null | undefined;
  cursorAt: TypedDocumentNode<C, CV>;
  cursorOf: (data: C) => string | null | undefined;
  /** where / orderBy exactly as the list uses them (cursors depend on both); {} for a list whose cursors are row numbers, the same under every filter. */
  cursorVariables: { where?: unknown; orderBy?: unknown };
  requestPolicy?: 'cache-first' | 'cache-and-network' | 'network-only';
  /** Holds both requests back (e.g. while the fiscal year is still being chosen). */
  pause?: boolean;
}) {
  const [params, setParams] = useSearchParams();
  const { page, pageSize } = pageFromSearch(params);
  const filterKey = JSON.stringify(options.cursorVariables);
  const cursors = useRef(new Map<string, string>());
  const offset = (page - 1) * pageSize;
  const known = offset === 0 ? null : cursors.current.get(`${filterKey}\u0000${offset}`);
  const needCursor = known === undefined;

  const [cursorResult] = useQuery({
    query: options.cursorAt,
    variables: { position: offset, ...options.cursorVariables } as never,
    pause: !needCursor || options.pause,
  });
  const cursorFresh =
    needCursor && cursorResult.data != null && !cursorResult.fetching && JSON.stringify(cursorResult.operation?.variables) === JSON.stringify({ position: offset, ...options.cursorVariables });
  const fetchedCursor = cursorFresh ? options.cursorOf(cursorResult.data as C) : undefined;
  const after = needCursor ? fetchedCursor : known;

  // A position past the end (the list shrank, or a hand-written URL) opens page 1.
  useEffect(() => {
    if (cursorFresh && fetchedCursor == null) setParams(withPage(params, 1, pageSize), { replace: true });
  }, [cursorFresh, fetchedCursor, params, pageSize, setParams]);

  const [result, reexecute] = useQuery({
    query: options.query,
    variables: { ...options.variables, first: pageSize, after: after ?? null } as unknown as V,
    pause: after === undefined || options.pause,
    requestPolicy: options.requestPolicy,
  });
  const connection = result.data ? options.connection(result.data) : undefined;

  // The end of this page is where the next one starts.
  const endCursor = connection?.pageInfo.endCursor;
  const rowsOnPage = connection?.edges?.length ?? 0;
  const sent = result.operation?.variables as { after?: string | null; first?: number } | undefined;
  const sentForThisPage = sent?.first === pageSize && (sent.after ?? null) === (after ?? null);
  useEffect(() => {
    if (endCursor && rowsOnPage > 0 && sentForThisPage) cursors.current.set(`${filterKey}\u0000${offset + rowsOnPage}`, endCursor);
  }, [endCursor, rowsOnPage, sentForThisPage, filterKey, offset]);
  // An empty page after the first (the list shrank, or a list whose cursors
  // are row numbers and so has one past its end too) opens page 1.
  const emptyPastFirst = page > 1 && connection != null && rowsOnPage === 0 && sentForThisPage && !result.fetching;
  useEffect(() => {
    if (emptyPastFirst) setParams(withPage(params, 1, pageSize), { replace: true });
  }, [emptyPastFirst, params, pageSize, setParams]);
  // The cursor the server found is kept too, so coming back needs no question.
  useEffect(() => {
    if (fetchedCursor) cursors.current.set(`${filterKey}\u0000${offset}`, fetchedCursor);
  }, [fetchedCursor, filterKey, offset]);

  return {
    data: result.data,
    connection,
    fetching: result.fetching || (needCursor && !cursorFresh),
    error: result.error ?? cursorResult.error,
    page,
    pageSize,
    totalCount: connection?.totalCount,
    /** Reads the page again from the server (live figures). */
    refetch() {
      reexecute({ requestPolicy: 'network-only' });
    },
    /** Moves to a page (a history entry of its own, so Back returns to it). */
    setPage(next: number, size: number = pageSize) {
      setParams(withPage(params, size === pageSize ? next : 1, size));
    },
  };
}

export type PagedList = ReturnType<typeof usePagedQuery>;
