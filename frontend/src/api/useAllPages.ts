import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useState } from 'react';
import { useClient, type AnyVariables, type CombinedError } from 'urql';
import { fetchAllPages, type Connection } from './fetchAllPages';

/** Every node of a connection, re-fetched when the variables or `refresh` change. */
export function useAllPages<Q, V extends AnyVariables & { after?: string | null }, N>(
  query: TypedDocumentNode<Q, V>,
  variables: V,
  pick: (data: Q) => Connection<N> | null | undefined,
  options: { pause?: boolean; refresh?: number } = {},
): { nodes: N[] | undefined; error?: CombinedError; loading: boolean } {
  const client = useClient();
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ key: string; nodes?: N[]; error?: CombinedError }>({ key: '' });
  useEffect(() => {
    if (options.pause) return;
    let cancelled = false;
    fetchAllPages(client, query, JSON.parse(key) as V, pick).then((result) => {
      if (!cancelled) setState({ key, nodes: result.nodes, error: result.error });
    });
    return () => {
      cancelled = true;
    };
    // `pick` and `query` are module constants at every call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key, options.pause, options.refresh]);
  const current = state.key === key;
  return { nodes: current ? state.nodes : undefined, error: current ? state.error : undefined, loading: !options.pause && !current };
}
