import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callsOf, mockClient } from '../../test/mockClient';
import { renderPage } from '../../test/renderPage';
import ProjectListPage from './ProjectListPage';

const project = (n: number) => ({
  __typename: 'Project',
  id: `p${n}`,
  code: `XM-2026-${String(n).padStart(3, '0')}`,
  name: `义务教育薄弱环节改善项目${n}`,
  fiscalYear: 2026,
  endYear: null,
  category: 'SPECIAL_FUNDS',
  sector: 'EDUCATION',
  status: 'IN_PROGRESS',
  warningLevel: n === 1 ? 'RED' : null,
  keyProject: n === 1,
  department: { __typename: 'Department', id: 'd1', name: '市教育局' },
  allocations: {
    __typename: 'AllocationConnection',
    edges: [
      { __typename: 'AllocationEdge', node: { __typename: 'Allocation', id: `a${n}`, fiscalYear: 2026, initialAmount: '1000000.00', adjustedAmount: '1234567.80' } },
      { __typename: 'AllocationEdge', node: { __typename: 'Allocation', id: `b${n}`, fiscalYear: 2026, initialAmount: '0.10', adjustedAmount: null } },
    ],
  },
});

function client() {
  return mockClient({
    ProjectList: (v) => ({
      data: {
        projects: {
          __typename: 'ProjectConnection',
          totalCount: 45,
          pageInfo: { __typename: 'PageInfo', hasNextPage: !v.after, endCursor: v.after ? 'c2' : 'c1' },
          // A full first page of 20, then page 2 (or the page behind any other cursor) with two.
          edges: (v.after ? [21, 22] : Array.from({ length: 20 }, (_, i) => i + 1)).map((n) => ({ __typename: 'ProjectEdge', node: project(n) })),
        },
      },
    }),
    ProjectsCursorAt: (v) => ({ data: { projectsCursorAt: `at${String(v.position)}` } }),
    AllDepartments: () => ({ data: { departments: { __typename: 'DepartmentConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } }),
  });
}

describe('ProjectListPage', () => {
  it('lists projects with their department, status and budget in 万元', async () => {
    renderPage(<ProjectListPage />, { client: client(), path: '/projects', url: '/projects' });
    const row = (await screen.findByText('义务教育薄弱环节改善项目1', { exact: true })).closest('tr')!;
    expect(within(row).getByText('XM-2026-001')).toBeTruthy();
    expect(within(row).getByText('市教育局')).toBeTruthy();
    expect(within(row).getByText('执行中')).toBeTruthy();
    expect(within(row).getByText('红色预警')).toBeTruthy();
    // 1,234,567.80 + 0.10 元 (adjusted, else initial) = 123.46 万元
    expect(within(row).getByText('123.46')).toBeTruthy();
    expect(screen.getByText('共 45 条')).toBeTruthy();
    expect(screen.getByTitle('3')).toBeTruthy(); // page numbers up to the last
  });

  it('asks the server for one page at a time, follows the cursor of the page before and puts the page in the URL', async () => {
    const c = client();
    const { router } = renderPage(<ProjectListPage />, { client: c, path: '/projects', url: '/projects' });
    await screen.findByText('义务教育薄弱环节改善项目1', { exact: true });
    expect(callsOf(c.executeQuery, 'ProjectList')[0]).toMatchObject({ first: 20, after: null, orderBy: { field: 'CODE', direction: 'ASC' } });
    fireEvent.click(screen.getByTitle('2'));
    await screen.findByText('义务教育薄弱环节改善项目21');
    expect(callsOf(c.executeQuery, 'ProjectList').at(-1)).toMatchObject({ after: 'c1' });
    expect(callsOf(c.executeQuery, 'ProjectsCursorAt')).toEqual([]); // page 2 follows page 1's end cursor
    expect(router.state.location.search).toBe('?page=2');
  });

  it('opens the page named in the URL by asking for the cursor of the row before it, never the pages between', async () => {
    const c = client();
    renderPage(<ProjectListPage />, { client: c, path: '/projects', url: '/projects?page=3&size=10&sort=NAME.DESC' });
    await screen.findByText('义务教育薄弱环节改善项目21');
    expect(callsOf(c.executeQuery, 'ProjectsCursorAt')[0]).toMatchObject({ position: 20, orderBy: { field: 'NAME', direction: 'DESC' } });
    const lists = callsOf(c.executeQuery, 'ProjectList');
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({ first: 10, after: 'at20', orderBy: { field: 'NAME', direction: 'DESC' } });
  });

  it('turns the URL filters into the where-input', async () => {
    const c = client();
    renderPage(<ProjectListPage />, { client: c, path: '/projects', url: '/projects?year=2026&sector=EDUCATION&status=IN_PROGRESS&q=教育&sort=NAME.DESC' });
    await screen.findByText('义务教育薄弱环节改善项目1', { exact: true });
    await waitFor(() =>
      expect(callsOf(c.executeQuery, 'ProjectList').at(-1)).toMatchObject({
        where: { fiscalYear: 2026, sector: 'EDUCATION', status: 'IN_PROGRESS', or: [{ nameContainsFold: '教育' }, { codeContainsFold: '教育' }] },
        orderBy: { field: 'NAME', direction: 'DESC' },
      }),
    );
  });

  it('speaks English when asked', async () => {
    renderPage(<ProjectListPage />, { client: client(), path: '/projects', url: '/projects', locale: 'en' });
    await screen.findByText('义务教育薄弱环节改善项目1', { exact: true });
    expect(screen.getAllByText('in progress').length).toBe(20);
    expect(screen.getByText('45 in all')).toBeTruthy();
  });
});
