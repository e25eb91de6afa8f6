import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cacheExchange, createClient, fetchExchange } from 'urql';
import { ViewerQuery } from '../../auth/operations';
import { acceptLanguage } from '../acceptLanguage';
import { startupExchange } from './startupExchange';
import { startupFetch } from './startupFetch';
import { dropStartupAnswers, startQuery } from './startupQueries';

const viewer = { viewer: { __typename: 'User', id: 'U1', username: 'leader', displayName: '领导', role: 'LEADER', mustChangePassword: false, department: null } };
const answer = (data: unknown) => new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });

/** The app's client as far as the network goes: GET queries, the same headers, the start-up fetch (and exchange, when asked). */
function client(language: 'zh' | 'en', { exchange = false } = {}) {
  return createClient({
    url: '/graphql',
    exchanges: exchange ? [cacheExchange, startupExchange, fetchExchange] : [fetchExchange],
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

  test('an answer that has arrived is given at once, in the same pass as the ask, and not sent again', async () => {
    await startQuery(ViewerQuery, {}, acceptLanguage('zh'));
    expect(network).toHaveBeenCalledTimes(1);
    const c = client('zh', { exchange: true });
    // Synchronously: the page's first render has the data, no loading state.
    const seen: unknown[] = [];
    c.query(ViewerQuery, {}, { requestPolicy: 'network-only' }).subscribe((r) => seen.push(r.data)).unsubscribe();
    expect(seen).toEqual([viewer]);
    expect(network).toHaveBeenCalledTimes(1);
    // Given once: the next ask goes to the server.
    await c.query(ViewerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(network).toHaveBeenCalledTimes(2);
  });

  test('an answer still on its way is not given at once, but handed over by the fetch when it comes', async () => {
    let arrive!: (r: Response) => void;
    network.mockImplementationOnce(() => new Promise<Response>((resolve) => (arrive = resolve)));
    void startQuery(ViewerQuery, {}, acceptLanguage('zh'));
    const c = client('zh', { exchange: true });
    const seen: unknown[] = [];
    const pending = c.query(ViewerQuery, {}).toPromise();
    c.query(ViewerQuery, {}).subscribe((r) => seen.push(r.data)).unsubscribe();
    expect(seen).toEqual([]);
    arrive(answer(viewer));
    expect((await pending).data).toEqual(viewer);
    expect(network).toHaveBeenCalledTimes(1);
  });

  test('an arrived answer in another language is not given', async () => {
    await startQuery(ViewerQuery, {}, acceptLanguage('zh'));
    const c = client('en', { exchange: true });
    const seen: unknown[] = [];
    c.query(ViewerQuery, {}).subscribe((r) => seen.push(r.data)).unsubscribe();
    expect(seen).toEqual([]);
    await c.query(ViewerQuery, {}).toPromise();
    expect(network).toHaveBeenCalledTimes(2);
  });
});
