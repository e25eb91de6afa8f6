import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callsOf, mockClient } from '../../test/mockClient';
import { renderPage } from '../../test/renderPage';
import PublicResultsPage from './PublicResultsPage';

const pageInfo = { __typename: 'PageInfo', hasNextPage: false, endCursor: null };

function client() {
  return mockClient({
    PublicDepartments: () => ({
      data: {
        publicDepartments: [
          { __typename: 'PublicDepartment', id: 'd1', code: '101', name: '市教育局', sector: 'EDUCATION' },
          { __typename: 'PublicDepartment', id: 'd2', code: '201', name: '市卫生健康委', sector: 'HEALTH' },
        ],
      },
    }),
    PublicResults: (v) => ({
      data: {
        publicResults: {
          __typename: 'PublicResultConnection',
          totalCount: 1,
          pageInfo,
          edges: [
            {
              __typename: 'PublicResultEdge',
              node: {
                __typename: 'PublicResult',
                id: `r-${String(v.departmentId ?? 'all')}`,
                fiscalYear: 2025,
                kind: 'PROJECT',
                departmentName: v.departmentId === 'd2' ? '市卫生健康委' : '市教育局',
                sector: 'EDUCATION',
                projectCode: 'XM-2025-001',
                projectName: '校舍维修项目',
                goal: '完成校舍维修',
                totalScore: '91.50',
                grade: 'EXCELLENT',
                findings: '',
                recommendations: '',
                publishedAt: '2026-03-01T02:00:00Z',
                budgetLinks: [],
              },
            },
          ],
        },
      },
    }),
    PublicTargets: () => ({
      data: {
        publicTargets: {
          __typename: 'PublicTargetConnection',
          totalCount: 1,
          pageInfo,
          edges: [
            {
              __typename: 'PublicTargetEdge',
              node: {
                __typename: 'PublicTarget',
                id: 't1',
                fiscalYear: 2025,
                departmentCode: '201',
                departmentName: '市卫生健康委',
                sector: 'HEALTH',
                projectCode: 'XM-2025-009',
                projectName: '基层医疗设备购置',
                goal: '为 30 家社区卫生服务中心配置设备',
                approvedAmount: '1200000.00',
                indicators: [
                  { __typename: 'PublicIndicator', category: 'OUTPUT', subcategory: 'QUANTITY', name: '配置中心数', comparator: 'GE', targetValue: '30', targetText: null, unit: '家' },
                ],
                evidence: [
                  { __typename: 'PublicEvidence', name: '设备验收单.pdf', size: 2048, sha256: 'ab'.repeat(32), url: '/files/77' },
                ],
              },
            },
          ],
        },
      },
    }),
  });
}

describe('PublicResultsPage', () => {
  it('offers the departments of the year and filters the results by the one picked, keeping it in the URL', async () => {
    const c = client();
    const { router } = renderPage(<PublicResultsPage />, { client: c, path: '/public', url: '/public?fiscalYear=2025' });
    await screen.findByText('XM-2025-001 校舍维修项目');
    expect(callsOf(c.executeQuery, 'PublicDepartments')[0]).toEqual({ fiscalYear: 2025 });
    expect(callsOf(c.executeQuery, 'PublicResults')[0]).toMatchObject({ fiscalYear: 2025, departmentId: undefined });

    fireEvent.mouseDown(within(screen.getByTestId('public-department')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('201 市卫生健康委'));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('departmentId')).toBe('d2'));
    await waitFor(() => expect(callsOf(c.executeQuery, 'PublicResults').at(-1)).toMatchObject({ fiscalYear: 2025, departmentId: 'd2' }));
    expect(screen.getByTestId('public-download-csv').getAttribute('href')).toBe('/public/results.csv?fiscalYear=2025&departmentId=d2');
  });

  it('offers only the departments of the sector chosen', async () => {
    renderPage(<PublicResultsPage />, { client: client(), path: '/public', url: '/public?fiscalYear=2025&sector=HEALTH' });
    await screen.findByText('XM-2025-001 校舍维修项目');
    fireEvent.mouseDown(within(screen.getByTestId('public-department')).getByRole('combobox'));
    await screen.findByTitle('201 市卫生健康委');
    expect(screen.queryByTitle('101 市教育局')).toBeNull();
  });

  it('shows the published targets in their own tab with the same filters, the tab in the URL', async () => {
    const c = client();
    const { router } = renderPage(<PublicResultsPage />, { client: c, path: '/public', url: '/public?fiscalYear=2025&departmentId=d2&sector=HEALTH&search=设备' });
    await screen.findByText('XM-2025-001 校舍维修项目');
    fireEvent.click(screen.getByRole('tab', { name: '绩效目标' }));
    const row = (await screen.findByText('XM-2025-009 基层医疗设备购置')).closest('tr')!;
    expect(within(row).getByText('1,200,000.00')).toBeTruthy();
    expect(new URLSearchParams(router.state.location.search).get('view')).toBe('targets');
    expect(callsOf(c.executeQuery, 'PublicTargets')[0]).toMatchObject({ fiscalYear: 2025, departmentId: 'd2', sector: 'HEALTH', search: '设备', first: 20, after: null });
    // The downloads follow the tab: the targets, with the page's filters.
    expect(screen.getByTestId('public-download-csv').getAttribute('href')).toBe('/public/targets.csv?fiscalYear=2025&departmentId=d2&sector=HEALTH&search=%E8%AE%BE%E5%A4%87');
    expect(screen.getByTestId('public-download-json').getAttribute('href')).toBe('/public/targets.json?fiscalYear=2025&departmentId=d2&sector=HEALTH&search=%E8%AE%BE%E5%A4%87');

    fireEvent.click(within(row).getByRole('button', { name: /展开/ }));
    expect(await screen.findByText('配置中心数')).toBeTruthy();
    expect(screen.getByText('为 30 家社区卫生服务中心配置设备')).toBeTruthy();
    // The public file of the target: a download link, its size and hash.
    const file = within(screen.getByTestId('public-evidence')).getByRole('link', { name: '设备验收单.pdf' });
    expect(file.getAttribute('href')).toBe('/files/77');
    expect(within(screen.getByTestId('public-evidence')).getByText(/2 KB/)).toBeTruthy();
    expect(within(screen.getByTestId('public-evidence')).getByTitle('ab'.repeat(32))).toBeTruthy();
  });

  it('opens the targets tab named in the URL', async () => {
    const c = client();
    renderPage(<PublicResultsPage />, { client: c, path: '/public', url: '/public?fiscalYear=2025&view=targets' });
    await screen.findByText('XM-2025-009 基层医疗设备购置');
    expect(callsOf(c.executeQuery, 'PublicResults')).toEqual([]);
  });
});
