import { useEffect, useRef } from 'react';
import { stringifyVariables, useQuery, type AnyVariables, type TypedDocumentNode, type UseQueryArgs, type UseQueryResponse } from 'urql';
import { acceptLanguage } from '../acceptLanguage';
import { requestLanguageNow } from '../client';
import { forgetStartupAnswer, operationNameOf, peekStartupAnswer, queryKey } from './startupQueries';

/**
 * useQuery for a query the start-up script may have asked already (the
 * viewer, the cockpit's first figures): while the client has no answer of
 * its own, an answer that has already arrived is shown at once, so the first
 * render shows the data instead of a loading state (the client's own ask is
 * answered from the same start-up answer, without a request: startupFetch).
 */
export function useStartupQuery<Data, Variables extends AnyVariables>(
  args: UseQueryArgs<Variables, Data> & { query: TypedDocumentNode<Data, Variables> },
): UseQueryResponse<Data, Variables> {
  const [result, reexecute] = useQuery(args);
  const key = args.pause
    ? undefined
    : queryKey(operationNameOf(args.query as TypedDocumentNode<unknown, never>), stringifyVariables(args.variables ?? {}), acceptLanguage(requestLanguageNow()));
  const early = key !== undefined && result.data === undefined && !result.error ? peekStartupAnswer<Data>(key) : undefined;
  // The client's answer to the same ask is the same data: the shown object
  // is kept, so that nothing depending on it runs again.
  const shown = useRef<{ key: string; data: Data; text?: string }>(undefined);
  if (early !== undefined) shown.current = { key: key!, data: early };
  const answered = result.data !== undefined;
  useEffect(() => {
    if (key !== undefined && answered) forgetStartupAnswer(key);
  }, [key, answered]);
  if (early !== undefined) return [{ ...result, data: early, fetching: false }, reexecute];
  const kept = shown.current;
  if (answered && kept && kept.key === key) {
    kept.text ??= JSON.stringify(kept.data);
    if (JSON.stringify(result.data) === kept.text) return [{ ...result, data: kept.data }, reexecute];
    shown.current = undefined;
  }
  return [result, reexecute];
}
