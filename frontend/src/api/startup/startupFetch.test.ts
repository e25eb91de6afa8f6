import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createClient, fetchExchange } from 'urql';
import { ViewerQuery } from '../../auth/operations';
import { acceptLanguage } from '../acceptLanguage';
import { startupFetch } from './startupFetch';
import { dropStartupAnswers, startQuery } from './startupQueries';

const viewer = { viewer: { __typename: 'User', id: 'U1', username: 'leader', displayName: '领导', role: 'LEADER', mustChangePassword: false, department: null } };
const answer = (data: unknown) => new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });

/** The app's client as far as the network goes: GET queries, the same headers, the start-up fetch. */
function client(language: 'zh' | 'en') {
  return createClient({
    url: '/graphql',
    exchanges: [fetchExchange],
    preferGetMethod: 'within-url-limit',
    fetch: startupFetch,
    fetchOptions: { headers: { accept: 'application/graphql-response+json, application/json', 'accept-language': acceptLanguage(language) } },
  });
}

describe('start-up answers', () => {
  let network: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    network = vi.fn(async () => answer(viewer));
    vi.stubGlobal('fetch', network);
  });
  afterEach(() => {
    dropStartupAnswers();
    vi.unstubAllGlobals();
  });

  test('the client takes the answer to the query sent at start-up, once; the next ask goes to the server', async () => {
    const early = startQuery(ViewerQuery, {}, acceptLanguage('zh'));
    expect(network).toHaveBeenCalledTimes(1);
    expect(String(network.mock.calls[0][0])).toMatch(/^\/graphql\?query=.*operationName=Viewer/);
    expect(await early).toEqual(viewer);

    const first = await client('zh').query(ViewerQuery, {}).toPromise();
    expect(first.data?.viewer?.username).toBe('leader');
    expect(network).toHaveBeenCalledTimes(1);

    await client('zh').query(ViewerQuery, {}).toPromise();
    expect(network).toHaveBeenCalledTimes(2);
  });

  test('an answer in another language is not taken', async () => {
    void startQuery(ViewerQuery, {}, acceptLanguage('zh'));
    await client('en').query(ViewerQuery, {}).toPromise();
    expect(network).toHaveBeenCalledTimes(2);
  });

  test('a start-up ask that failed is sent again by the client', async () => {
    network.mockRejectedValueOnce(new TypeError('offline'));
    expect(await startQuery(ViewerQuery, {}, acceptLanguage('zh'))).toBeUndefined();
    const result = await client('zh').query(ViewerQuery, {}).toPromise();
    expect(result.data?.viewer?.username).toBe('leader');
    expect(network).toHaveBeenCalledTimes(2);
  });

  test('answers not taken are dropped (a login starts a new client for someone else)', async () => {
    void startQuery(ViewerQuery, {}, acceptLanguage('zh'));
    dropStartupAnswers();
    await client('zh').query(ViewerQuery, {}).toPromise();
    expect(network).toHaveBeenCalledTimes(2);
  });
});
