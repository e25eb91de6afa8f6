import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { AnyVariables, Client, CombinedError } from 'urql';

export type Connection<N> = {
  edges?: ReadonlyArray<{ node?: N | null } | null> | null;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
};

/**
 * Follows a connection's pages (first/after) until the end, for the few places
 * that need every row: the department tree, a project's disbursement curve.
 * `pick` finds the connection in a page's data. Stops after maxPages.
 */
export async function fetchAllPages<Q, V extends AnyVariables & { after?: string | null }, N>(
  client: Client,
  query: TypedDocumentNode<Q, V>,
  variables: V,
  pick: (data: Q) => Connection<N> | null | undefined,
  maxPages = 100,
): Promise<{ nodes: N[]; error?: CombinedError }> {
  const nodes: N[] = [];
  let after: string | null | undefined = variables.after ?? null;
  for (let i = 0; i < maxPages; i++) {
    const result: { data?: Q; error?: CombinedError } = await client.query(query, { ...variables, after } as V, { requestPolicy: 'network-only' }).toPromise();
    if (result.error) return { nodes, error: result.error };
    const connection: Connection<N> | null | undefined = result.data ? pick(result.data) : null;
    if (!connection) break;
    for (const edge of connection.edges ?? []) if (edge?.node) nodes.push(edge.node);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return { nodes };
}
