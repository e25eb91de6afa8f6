import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callsOf, mockClient } from '../../test/mockClient';
import { renderPage } from '../../test/renderPage';
import { ruleSetHandler } from '../../test/ruleSet';
import ComparisonPage from './ComparisonPage';

const TOTAL = 47;

const stats = (n: number) => ({
  department: { id: `d${n}`, code: `D${n}`, name: `部门${n}`, region: n % 2 ? '市本级' : '靖边县', sector: 'EDUCATION' },
  projectCount: n,
  budget: '1000000.00',
  paid: '800000.00',
  executionRate: 0.5,
  indicatorCompletionRate: 0.75,
  averageScore: n === TOTAL ? null : String(100 - n),
  gradeCounts: { excellent: 1, good: 2, fair: 0, poor: 0 },
  redWarnings: 0,
  rank: n,
  change: { rank: null },
});

/** The server: departmentStats pages by row number (a cursor is "row n"), 47 departments. */
function client(total = TOTAL) {
  return mockClient({
    DepartmentStats: (v) => {
      const from = v.after == null ? 0 : Number(String(v.after).slice(3)) + 1;
      const first = Number(v.first);
      const rows = Array.from({ length: Math.max(0, Math.min(first, total - from)) }, (_, i) => stats(from + i + 1));
      return {
        data: {
          departmentStats: {
            totalCount: total,
            pageInfo: { hasNextPage: from + rows.length < total, endCursor: rows.length ? `row${from + rows.length - 1}` : null },
            edges: rows.map((node) => ({ node })),
          },
        },
      };
    },
    DepartmentStatsCursorAt: (v) => ({ data: { departmentStatsCursorAt: `row${Number(v.position) - 1}` } }),
    RankingBars: (v) => ({ data: { departmentStats: { edges: Array.from({ length: Number(v.first) }, (_, i) => ({ node: stats(TOTAL - Number(v.first) + i + 1) })) } } }),
    ExecutionScoreGrid: () => ({
      data: { executionScoreGrid: { executionRateStep: 0.05, scoreStep: 5, departmentCount: 46, cells: [{ executionRateFrom: 0.5, executionRateTo: 0.55, scoreFrom: 50, scoreTo: 55, departmentCount: 46 }] } },
    }),
    ComparisonRegions: () => ({ data: { regions: [{ name: '市本级', departmentCount: 24 }, { name: '靖边县', departmentCount: 23 }, { name: '佳县', departmentCount: 0 }] } }),
    Coverage: () => ({ data: { current: { coverage: null }, previous: { coverage: null } } }),
    SelfFinanceGaps: () => ({ data: { selfFinanceGaps: [] } }),
    RuleSetFor: ruleSetHandler(),
  });
}

const open = (url: string, c = client()) => ({ c, ...renderPage(<ComparisonPage />, { client: c, path: '/comparison', url }) });
const tableRows = () => document.querySelectorAll('.ant-table-tbody tr.ant-table-row');

describe('ComparisonPage', () => {
  it('loads one table page, the top 15 bars and the counted cells — never every department', async () => {
    const { c } = open('/comparison?year=2025');
    await screen.findByText('部门1');
    expect(tableRows()).toHaveLength(20);
    expect(callsOf(c.executeQuery, 'DepartmentStats')).toEqual([{ fiscalYear: 2025, where: null, orderBy: { field: 'AVERAGE_SCORE', direction: 'DESC' }, search: null, first: 20, after: null }]);
    expect(callsOf(c.executeQuery, 'RankingBars')).toEqual([{ fiscalYear: 2025, first: 15, orderBy: { field: 'AVERAGE_SCORE', direction: 'DESC' }, where: null }]);
    expect(callsOf(c.executeQuery, 'ExecutionScoreGrid')).toEqual([{ fiscalYear: 2025, where: null }]);
    expect(callsOf(c.executeQuery, 'DepartmentStatsCursorAt')).toEqual([]);
    expect(screen.getByRole('columnheader', { name: /名次（按平均得分）/ })).toBeTruthy();
    expect(screen.getByText('共 47 条')).toBeTruthy();
    expect(await screen.findByText('共 46 个已评分部门')).toBeTruthy();
    expect(screen.getByRole('img', { name: /执行率与得分分布图/ })).toBeTruthy();
    // The bars: 15 asked, the one without a score (部门47) has none.
    expect(screen.getByRole('img', { name: '按平均得分排名' })).toBeTruthy();
  });

  it('sorts on the server: a header click puts the sort in the URL, back at page 1, and names the ranking', async () => {
    const { c, router } = open('/comparison?year=2025&page=2');
    await screen.findByText('部门21');
    fireEvent.click(screen.getByRole('columnheader', { name: /^执行率/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?year=2025&sort=executionRate.descend'));
    await waitFor(() => expect(callsOf(c.executeQuery, 'DepartmentStats').at(-1)).toMatchObject({ orderBy: { field: 'EXECUTION_RATE', direction: 'DESC' }, first: 20, after: null }));
    expect(screen.getByRole('columnheader', { name: /名次（按执行率）/ })).toBeTruthy();
    // The second click flips the direction (never "unsorted").
    fireEvent.click(screen.getByRole('columnheader', { name: /^执行率/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?year=2025&sort=executionRate.ascend'));
    expect(await screen.findByRole('columnheader', { name: /名次（按执行率，从低到高）/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('columnheader', { name: /^执行率/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?year=2025&sort=executionRate.descend'));
    // The grades column orders by the excellent count; region is a filter, not a sort.
    fireEvent.click(screen.getByRole('columnheader', { name: /优\/良\/中\/差/ }));
    await waitFor(() => expect(callsOf(c.executeQuery, 'DepartmentStats').at(-1)).toMatchObject({ orderBy: { field: 'EXCELLENT_COUNT', direction: 'DESC' } }));
    const region = screen.getAllByRole('columnheader', { name: '区域' })[0];
    expect(region.classList.contains('ant-table-column-has-sorters')).toBe(false);
    expect(screen.getAllByRole('columnheader', { name: /^项目数/ })[0].classList.contains('ant-table-column-has-sorters')).toBe(true);
  });

  it('opens page n with the cursor of the row before it, and an empty page past the end opens page 1', async () => {
    const { c, router } = open('/comparison?year=2025&page=3');
    await screen.findByText('部门41');
    expect(tableRows()).toHaveLength(7);
    expect(callsOf(c.executeQuery, 'DepartmentStatsCursorAt')).toEqual([{ position: 40 }]);
    expect(callsOf(c.executeQuery, 'DepartmentStats')).toEqual([expect.objectContaining({ first: 20, after: 'row39' })]);

    const past = open('/comparison?year=2025&page=9', client());
    await waitFor(() => expect(past.router.state.location.search).toBe('?year=2025'));
    expect(router.state.location.search).toBe('?year=2025&page=3');
  });

  it('sends the region and sector to all three requests as where, the name search to the table only, from page 1', async () => {
    const { c, router } = open('/comparison?year=2025&region=%E9%9D%96%E8%BE%B9%E5%8E%BF&sector=EDUCATION&page=2');
    await screen.findByText('部门21');
    const where = { region: '靖边县', sector: 'EDUCATION' };
    expect(callsOf(c.executeQuery, 'DepartmentStats')[0]).toMatchObject({ where });
    expect(callsOf(c.executeQuery, 'RankingBars')[0]).toMatchObject({ where });
    expect(callsOf(c.executeQuery, 'ExecutionScoreGrid')[0]).toMatchObject({ where });
    const search = screen.getByRole('searchbox', { name: '按部门名称查找' });
    fireEvent.change(search, { target: { value: ' 部门3 ' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('部门3'));
    expect(new URLSearchParams(router.state.location.search).get('page')).toBeNull();
    await waitFor(() => expect(callsOf(c.executeQuery, 'DepartmentStats').at(-1)).toMatchObject({ where, search: '部门3', after: null }));
    expect(screen.getByRole('columnheader', { name: /名次（按平均得分，筛选范围内）/ })).toBeTruthy();
    for (const name of ['RankingBars', 'ExecutionScoreGrid']) {
      for (const call of callsOf(c.executeQuery, name)) expect(call).toEqual(expect.not.objectContaining({ search: expect.anything() }));
      expect(callsOf(c.executeQuery, name).at(-1)).toMatchObject({ where });
    }
  });

  it('offers the regions holding departments, from the server', async () => {
    open('/comparison?year=2025');
    await screen.findByText('部门1');
    fireEvent.mouseDown(within(screen.getByText('全部区域').closest('.ant-select')!).getByRole('combobox'));
    expect(await screen.findByTitle('靖边县')).toBeTruthy();
    expect(screen.getByTitle('市本级')).toBeTruthy();
    expect(screen.queryByTitle('佳县')).toBeNull();
  });
});
