import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { Client } from 'urql';
import { vi } from 'vitest';
import { fromValue, never } from 'wonka';

type Handler = (variables: Record<string, unknown>) => { data?: unknown; error?: unknown };

export function operationName(query: DocumentNode): string {
  const op = query.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  return op?.name?.value ?? '';
}

/**
 * A urql client answering each operation by name from `handlers`; unknown
 * operations answer with empty data. Every call is recorded on the vi.fn()s.
 */
export function mockClient(handlers: Record<string, Handler>) {
  const answer = (request: { query: DocumentNode; variables: Record<string, unknown> }) => {
    const handler = handlers[operationName(request.query)];
    const result = handler ? handler(request.variables ?? {}) : { data: {} };
    return { operation: request, stale: false, hasNext: false, ...result };
  };
  const executeQuery = vi.fn((request) => fromValue(answer(request)));
  const executeMutation = vi.fn((request) => fromValue(answer(request)));
  const client = {
    executeQuery,
    executeMutation,
    executeSubscription: vi.fn(() => never), // no live notices in unit tests
    query: vi.fn((query: DocumentNode, variables: Record<string, unknown>) => ({ toPromise: () => Promise.resolve(answer({ query, variables })) })),
    mutation: vi.fn((query: DocumentNode, variables: Record<string, unknown>) => ({ toPromise: () => Promise.resolve(answer({ query, variables })) })),
  } as unknown as Client & { executeQuery: typeof executeQuery; executeMutation: typeof executeMutation };
  return client;
}

/** The variables of every call of an operation so far. */
export function callsOf(mock: { mock: { calls: unknown[][] } }, name: string): Record<string, unknown>[] {
  return mock.mock.calls
    .map((c) => c[0] as { query: DocumentNode; variables: Record<string, unknown> })
    .filter((r) => operationName(r.query) === name)
    .map((r) => r.variables);
}
