import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createClient, fetchExchange } from 'urql';
import { acceptLanguage } from '../../api/acceptLanguage';
import { startupFetch } from '../../api/startup/startupFetch';
import { dropStartupAnswers } from '../../api/startup/startupQueries';
import { LatestFiscalYearQuery } from '../analytics/fiscalYearQuery';
import { OverviewQuery } from '../analytics/overviewQuery';
import { DrillRegionsQuery } from '../drilldown/drillQueries';
import { prefetchCockpit } from './prefetchCockpit';

const overview = {
  __typename: 'Overview', fiscalYear: 2025, departmentCount: 47, projectCount: 120, budget: '1000.00', paid: '500.00', executionRate: '0.5',
  timeProgress: '0.5', executionWarning: null, evaluationCount: 10, averageScore: '88.5', redWarnings: 1, yellowWarnings: 2, overdueRectifications: 0,
  gradeCounts: { __typename: 'GradeCounts', excellent: 1, good: 2, fair: 3, poor: 4 }, months: [],
};
const regionStats = [{ __typename: 'RegionStats', region: '市本级', departmentCount: 40, budget: '900.00', executionRate: '0.5', averageScore: '88' }];
const answer = (data: unknown) => new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
const operation = (call: unknown[]) => new URL(String(call[0]), 'http://x').searchParams.get('operationName');

function client() {
  return createClient({
    url: '/graphql',
    exchanges: [fetchExchange],
    preferGetMethod: 'within-url-limit',
    fetch: startupFetch,
    fetchOptions: { headers: { accept: 'application/graphql-response+json, application/json', 'accept-language': acceptLanguage('zh') } },
  });
}

describe('prefetchCockpit', () => {
  let network: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    network = vi.fn(async (url: string) => {
      const op = operation([url]);
      if (op === 'CockpitStart') return answer({ cockpitStart: { __typename: 'CockpitStart', fiscalYear: 2025, overview, regionStats } });
      if (op === 'LatestFiscalYear') return answer({ latestFiscalYear: 2024 });
      return answer({});
    });
    vi.stubGlobal('fetch', network);
  });
  afterEach(() => {
    dropStartupAnswers();
    vi.unstubAllGlobals();
  });

  test('without a year: one request, whose parts answer the year, the overview and the regions the page asks for', async () => {
    prefetchCockpit('', acceptLanguage('zh'));
    const c = client();
    const year = await c.query(LatestFiscalYearQuery, {}).toPromise();
    expect(year.data?.latestFiscalYear).toBe(2025);
    const o = await c.query(OverviewQuery, { fiscalYear: 2025, departmentId: null, region: null }).toPromise();
    expect(o.data?.overview).toEqual(overview);
    const r = await c.query(DrillRegionsQuery, { fiscalYear: 2025 }).toPromise();
    expect(r.data?.regionStats).toEqual(regionStats);
    expect(network.mock.calls.map(operation)).toEqual(['CockpitStart']);
  });

  test('with ?year= the overview and regions of that year, and no cockpitStart', () => {
    prefetchCockpit('?year=2024', acceptLanguage('zh'));
    expect(network.mock.calls.map(operation)).toEqual(['Overview', 'DrillRegions']);
  });

  test('when cockpitStart fails, the page asks for the year itself', async () => {
    network.mockResolvedValueOnce(new Response(JSON.stringify({ errors: [{ message: '请先登录' }] }), { status: 200, headers: { 'content-type': 'application/json' } }));
    prefetchCockpit('', acceptLanguage('zh'));
    const year = await client().query(LatestFiscalYearQuery, {}).toPromise();
    expect(year.data?.latestFiscalYear).toBe(2024);
    expect(network.mock.calls.map(operation)).toEqual(['CockpitStart', 'LatestFiscalYear']);
  });
});
