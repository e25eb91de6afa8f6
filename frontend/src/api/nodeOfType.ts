/** Narrows a `node(id:)` result to one type; the query must select __typename. */
export function nodeOfType<N extends { __typename?: string }, T extends string>(
  node: N | null | undefined,
  typename: T,
): Extract<N, { __typename: T }> | null {
  return node && node.__typename === typename ? (node as Extract<N, { __typename: T }>) : null;
}
