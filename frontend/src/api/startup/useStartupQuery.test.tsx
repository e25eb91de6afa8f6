import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cacheExchange, createClient, fetchExchange, Provider, stringifyVariables } from 'urql';
import { ViewerQuery } from '../../auth/operations';
import { acceptLanguage } from '../acceptLanguage';
import { setRequestLanguage } from '../client';
import { startupFetch } from './startupFetch';
import { dropStartupAnswers, peekStartupAnswer, queryKey, startQuery } from './startupQueries';
import { useStartupQuery } from './useStartupQuery';

const viewer = { viewer: { __typename: 'User', id: 'U1', username: 'leader', displayName: '领导', role: 'LEADER', mustChangePassword: false, department: null } };
const answer = (data: unknown) => new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });

/** The app's first client as far as these queries go: cache, GET, the start-up fetch. */
function wrapper({ children }: { children: ReactNode }) {
  return <Provider value={client}>{children}</Provider>;
}
let client: ReturnType<typeof createClient>;

describe('useStartupQuery', () => {
  let network: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    network = vi.fn(async () => answer(viewer));
    vi.stubGlobal('fetch', network);
    setRequestLanguage('zh');
    client = createClient({
      url: '/graphql',
      exchanges: [cacheExchange, fetchExchange],
      preferGetMethod: 'within-url-limit',
      requestPolicy: 'cache-and-network',
      fetch: startupFetch,
      fetchOptions: () => ({ headers: { accept: 'application/graphql-response+json, application/json', 'accept-language': acceptLanguage('zh') } }),
    });
  });
  afterEach(() => {
    dropStartupAnswers();
    vi.unstubAllGlobals();
  });

  test('an answer that has arrived is in the first render; the client answers from it without a request and the shown object stays', async () => {
    await startQuery(ViewerQuery, {}, acceptLanguage('zh'));
    const renders: unknown[] = [];
    const { result } = renderHook(
      () => {
        const out = useStartupQuery({ query: ViewerQuery, requestPolicy: 'network-only' });
        renders.push(out[0]);
        return out;
      },
      { wrapper },
    );
    const first = renders[0] as { data?: typeof viewer; fetching: boolean };
    expect(first.fetching).toBe(false);
    expect(first.data?.viewer.username).toBe('leader');

    // The client's own ask is answered (from the start-up answer), then the early copy is forgotten.
    const key = queryKey('Viewer', stringifyVariables({}), acceptLanguage('zh'));
    await waitFor(() => expect(peekStartupAnswer(key)).toBeUndefined());
    expect(result.current[0].data).toBe(first.data);
    expect(network).toHaveBeenCalledTimes(1);
  });

  test('without an arrived answer the first render is loading, and the data comes from the server', async () => {
    const { result } = renderHook(() => useStartupQuery({ query: ViewerQuery, requestPolicy: 'network-only' }), { wrapper });
    expect(result.current[0].data).toBeUndefined();
    expect(result.current[0].fetching).toBe(true);
    await waitFor(() => expect(result.current[0].data?.viewer?.username).toBe('leader'));
    expect(network).toHaveBeenCalledTimes(1);
  });

  test('an answer in another language, or dropped after a login, is not shown', async () => {
    await startQuery(ViewerQuery, {}, acceptLanguage('zh'));
    act(() => setRequestLanguage('en'));
    const en = renderHook(() => useStartupQuery({ query: ViewerQuery, requestPolicy: 'network-only' }), { wrapper });
    expect(en.result.current[0].data).toBeUndefined();
    en.unmount();

    setRequestLanguage('zh');
    dropStartupAnswers();
    const dropped = renderHook(() => useStartupQuery({ query: ViewerQuery, requestPolicy: 'network-only' }), { wrapper });
    expect(dropped.result.current[0].data).toBeUndefined();
  });
});
