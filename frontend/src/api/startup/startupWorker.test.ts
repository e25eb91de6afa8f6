import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createClient, fetchExchange, stringifyVariables } from 'urql';
import { ViewerQuery } from '../../auth/operations';
import { LatestFiscalYearQuery } from '../../pages/analytics/fiscalYearQuery';
import { OverviewQuery } from '../../pages/analytics/overviewQuery';
import { acceptLanguage } from '../acceptLanguage';
import { startupFetch } from './startupFetch';
import { dropStartupAnswers, queryKey, startupTable } from './startupQueries';
import { runInWorker, startStartupQueries, type StartupWorker } from './startupWorkerClient';
import { serveStartup, startOfName, workerName, type FromWorker } from './startupWorkerProtocol';

const zh = acceptLanguage('zh');
const viewer = { viewer: { __typename: 'User', id: 'U1', username: 'leader', displayName: '领导', role: 'LEADER', mustChangePassword: false, department: null } };
const latestYear = { evaluations: { __typename: 'EvaluationConnection', edges: [{ __typename: 'EvaluationEdge', node: { __typename: 'Evaluation', id: 'E1', fiscalYear: 2025 } }] }, projects: { __typename: 'ProjectConnection', edges: [] } };
const overview = { overview: { __typename: 'Overview', fiscalYear: 2025 } };
const answers: Record<string, unknown> = { Viewer: viewer, LatestFiscalYear: latestYear, Overview: overview, DrillRegions: { drillRegions: [] } };

function client() {
  return createClient({
    url: '/graphql',
    exchanges: [fetchExchange],
    preferGetMethod: 'within-url-limit',
    fetch: startupFetch,
    fetchOptions: { headers: { accept: 'application/graphql-response+json, application/json', 'accept-language': zh } },
  });
}

const opOf = (input: unknown) => new URL(String(input), 'http://x').searchParams.get('operationName') ?? '';

/** A worker in this process: messages cross in later tasks, as between threads; the worker side is the real one. */
function fakeWorker() {
  const listeners: Record<string, ((e: MessageEvent<FromWorker>) => void)[]> = { message: [], error: [], messageerror: [] };
  const seen: FromWorker[] = [];
  let ended!: () => void;
  const terminated = new Promise<void>((resolve) => (ended = resolve));
  let starts = true;
  const worker: StartupWorker = {
    terminate: () => ended(),
    addEventListener: (type: string, l: (e: MessageEvent<FromWorker>) => void) => listeners[type].push(l),
  };
  const create = (name: string) => {
    const start = startOfName(name);
    if (starts && start)
      setTimeout(() => serveStartup(start, (out) => setTimeout(() => {
        seen.push(out);
        for (const l of listeners.message) l({ data: out } as MessageEvent<FromWorker>);
      })));
    return worker;
  };
  return { create, seen, terminated, neverStarts: () => (starts = false), fail: () => listeners.error.forEach((l) => l({} as MessageEvent<FromWorker>)) };
}

describe('start-up queries in a worker', () => {
  let network: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    network = vi.fn(async (input: unknown) =>
      new Response(JSON.stringify({ data: answers[opOf(input)] }), { status: 200, statusText: 'OK', headers: { 'content-type': 'application/json', 'x-request-id': 'r1' } }),
    );
    vi.stubGlobal('fetch', network);
  });
  afterEach(() => {
    dropStartupAnswers();
    vi.unstubAllGlobals();
  });

  test('the worker sends the chain once; the page takes Responses with the same status, headers and body', async () => {
    const { create, seen, terminated } = fakeWorker();
    runInWorker(create, '/cockpit', '', zh);
    // The queries that need nothing are in the table at once, before the worker has started.
    expect([...startupTable().keys()].map((k) => k.split('\n')[1]).sort()).toEqual(['LatestFiscalYear', 'Viewer']);
    await terminated;
    expect(network.mock.calls.map((c) => opOf(c[0])).sort()).toEqual(['DrillRegions', 'LatestFiscalYear', 'Overview', 'Viewer']);
    for (const [, init] of network.mock.calls) expect(new Headers((init as RequestInit).headers).get('accept-language')).toBe(zh);
    // The page hears that Overview left before it gets the year Overview needed.
    const order = seen.map((m) => `${m.type} ${'key' in m ? m.key.split('\n')[1] : ''}`);
    expect(order.indexOf('sent Overview')).toBeLessThan(order.indexOf('answer LatestFiscalYear'));
    expect(order.at(-1)).toBe('done ');

    const overviewKey = queryKey('Overview', stringifyVariables({ fiscalYear: 2025, departmentId: null, region: null }), zh);
    const response = await startupTable().get(overviewKey)!;
    expect(response.status).toBe(200);
    expect(response.statusText).toBe('OK');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-request-id')).toBe('r1');
    expect(await response.clone().json()).toEqual({ data: overview });

    const c = client();
    expect((await c.query(ViewerQuery, {}).toPromise()).data?.viewer?.username).toBe('leader');
    expect((await c.query(LatestFiscalYearQuery, {}).toPromise()).data).toEqual(latestYear);
    expect((await c.query(OverviewQuery, { fiscalYear: 2025, departmentId: null, region: null }).toPromise()).data).toEqual(overview);
    expect(network).toHaveBeenCalledTimes(4);
  });

  test('a query the worker could not send is sent by the client', async () => {
    network.mockImplementation(async (input: unknown) => {
      if (opOf(input) === 'Viewer') throw new TypeError('offline');
      return new Response(JSON.stringify({ data: answers[opOf(input)] }), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const { create, terminated } = fakeWorker();
    runInWorker(create, '/', '', zh);
    await terminated;
    network.mockImplementation(async () => new Response(JSON.stringify({ data: viewer }), { status: 200, headers: { 'content-type': 'application/json' } }));
    expect((await client().query(ViewerQuery, {}).toPromise()).data?.viewer?.username).toBe('leader');
    expect(network).toHaveBeenCalledTimes(2);
  });

  test('when the worker fails, what it has not answered is sent by the client', async () => {
    const { create, fail, neverStarts } = fakeWorker();
    neverStarts(); // e.g. its file could not load
    runInWorker(create, '/', '', zh);
    fail();
    expect((await client().query(ViewerQuery, {}).toPromise()).data?.viewer?.username).toBe('leader');
    expect(network).toHaveBeenCalledTimes(1);
  });

  test('the worker is told what to send in its name, before any message', () => {
    expect(startOfName(workerName({ type: 'start', pathname: '/cockpit', search: '?year=2024', language: zh }))).toEqual({ type: 'start', pathname: '/cockpit', search: '?year=2024', language: zh });
    expect(startOfName('')).toBeUndefined();
  });

  test('a worker that cannot be made leaves the chain to the main thread', () => {
    vi.stubGlobal('Worker', class { constructor() { throw new DOMException('blocked', 'SecurityError'); } });
    startStartupQueries('/', '', zh, 'assets/startup-worker-x.js');
    expect(network.mock.calls.map((c) => opOf(c[0]))).toEqual(['Viewer']);
    expect(startupTable().size).toBe(1);
  });

  test('without Worker (or not built) the chain runs on the main thread as before', async () => {
    vi.stubGlobal('Worker', undefined);
    startStartupQueries('/cockpit', '', zh, 'assets/startup-worker-x.js');
    startStartupQueries('/', '', zh); // the placeholder: not built
    expect(network.mock.calls.map((c) => opOf(c[0])).sort()).toEqual(['LatestFiscalYear', 'Viewer', 'Viewer']);
    expect((await client().query(LatestFiscalYearQuery, {}).toPromise()).data).toEqual(latestYear);
    expect(network.mock.calls.filter((c) => opOf(c[0]) === 'LatestFiscalYear')).toHaveLength(1);
  });
});
