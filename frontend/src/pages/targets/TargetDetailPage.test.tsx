import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { ViewerProvider } from '../../auth/ViewerContext';
import { callsOf, mockClient } from '../../test/mockClient';
import { ruleSetHandler } from '../../test/ruleSet';
import { renderPage } from '../../test/renderPage';
import TargetDetailPage from './TargetDetailPage';

// What the viewer may do (viewerActions) is the server's answer: the page keeps no status or role list.
type Actions = string[];
const none: Actions = [];

const target = (status: string, actions: Actions) => ({
  __typename: 'Target',
  id: 't1',
  fiscalYear: 2026,
  term: 'ANNUAL',
  goal: '改善 20 所学校的办学条件',
  requestedAmount: '1500000.00',
  approvedAmount: status === 'APPROVED' ? '1200000.00' : null,
  status,
  version: 2,
  lockVersion: 7,
  createdAt: '2026-03-01T02:00:00Z',
  updatedAt: '2026-03-02T02:00:00Z',
  project: { __typename: 'Project', id: 'p1', code: 'XM-2026-001', name: '义务教育薄弱环节改善项目', fiscalYear: 2026, sector: 'EDUCATION', publicService: true },
  department: { __typename: 'Department', id: 'd1', name: '市教育局' },
  submittedBy: { __typename: 'User', id: 'u1', displayName: '刘晓东' },
  predecessor: { __typename: 'Target', id: 't0', version: 1, status: 'SUPERSEDED' },
  successor: [],
  revisable: actions.includes('REVISE'),
  adjustable: actions.includes('ADJUST'),
  viewerActions: actions,
  reviewChecks: [
    { __typename: 'ReviewCheck', code: 'HAS_OUTPUT', passed: true, severity: 'ERROR', message: '有产出指标 1 个' },
    { __typename: 'ReviewCheck', code: 'WEIGHTS_SUM', passed: false, severity: 'ERROR', message: '指标权重合计 80，应为 90' },
    { __typename: 'ReviewCheck', code: 'NOT_BELOW_HISTORY', passed: false, severity: 'WARNING', message: '“改造学校数”低于历史值' },
  ],
  indicators: { __typename: 'IndicatorConnection', totalCount: 0, edges: [] },
  reviews: {
    __typename: 'ReviewConnection',
    edges: [{ __typename: 'ReviewEdge', node: { __typename: 'Review', id: 'r1', decision: 'RETURN', grade: 'FAIR', comments: '满意度指标缺失', createdAt: '2026-02-20T02:00:00Z', reviewer: { __typename: 'User', id: 'u2', displayName: '李娜' } } }],
  },
});

function client(role: string, status: string, approveError?: CombinedError, actions: Actions = none) {
  return mockClient({
    // The project's allocations of 2026: 1,000,000 adjusted from 800,000, and 100,000 never adjusted.
    TargetAllocations: () => ({
      data: {
        allocations: {
          __typename: 'AllocationConnection',
          edges: [
            { __typename: 'AllocationEdge', node: { __typename: 'Allocation', id: 'a1', initialAmount: '800000.00', adjustedAmount: '1000000.00' } },
            { __typename: 'AllocationEdge', node: { __typename: 'Allocation', id: 'a2', initialAmount: '100000.00', adjustedAmount: null } },
          ],
        },
      },
    }),
    Viewer: () => ({ data: { viewer: { __typename: 'User', id: 'v', username: 'x', displayName: 'X', role, department: null } } }),
    // The approving grades (优, 良) come from the server's rules.
    RuleSetFor: ruleSetHandler(),
    Target: () => ({ data: { node: target(status, actions) } }),
    ApproveTarget: () => (approveError ? { error: approveError } : { data: { approveTarget: { __typename: 'Target', id: 't1', status: 'APPROVED', lockVersion: 8, approvedAmount: '1500000.00' } } }),
    ReturnTarget: () => ({ data: { returnTarget: { __typename: 'Target', id: 't1', status: 'RETURNED', lockVersion: 8 } } }),
  });
}

const open = (c: ReturnType<typeof client>) =>
  renderPage(
    <ViewerProvider>
      <TargetDetailPage />
    </ViewerProvider>,
    { client: c, path: '/targets/:id', url: '/targets/t1' },
  );

describe('TargetDetailPage', () => {
  it('shows the live review checks, failed first, the versions and the review history', async () => {
    open(client('DEPARTMENT_USER', 'RETURNED', undefined, ['REVISE', 'SUBMIT']));
    const checks = await screen.findByTestId('review-checks');
    expect(within(checks).getByText('1 项未通过，1 项需注意')).toBeTruthy();
    const items = checks.querySelectorAll('li');
    expect(items[0].getAttribute('data-check')).toBe('WEIGHTS_SUM');
    expect(screen.getByText(/上一版（第 1 版/)).toBeTruthy();
    expect(screen.getByText('满意度指标缺失')).toBeTruthy();
    // A returned target can be revised and resubmitted by the department; no review panel.
    expect(screen.getByRole('button', { name: /修\s*改/ })).toBeTruthy();
    expect(screen.queryByTestId('review-panel')).toBeNull();
    expect(screen.queryByRole('button', { name: '调整目标' })).toBeNull();
  });

  it('offers revising and adjusting exactly when the server says the viewer may', async () => {
    // A returned target the server says this viewer may not revise (say, another department's): no 修改, no 提交.
    const { unmount } = open(client('DEPARTMENT_USER', 'RETURNED'));
    await screen.findByTestId('review-checks');
    expect(screen.queryByRole('button', { name: /修\s*改/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '调整目标' })).toBeNull();
    unmount();
    // An approved target: 调整目标 only when adjustable (no adjustment under way).
    const adjustable = open(client('DEPARTMENT_USER', 'APPROVED', undefined, ['ADJUST']));
    expect(await screen.findByRole('button', { name: '调整目标' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /修\s*改/ })).toBeNull();
    adjustable.unmount();
    open(client('FINANCE_REVIEWER', 'APPROVED'));
    await screen.findByTestId('review-checks');
    expect(screen.queryByRole('button', { name: '调整目标' })).toBeNull();
  });

  it('lets finance approve only with 优 or 良, and return only with comments', async () => {
    const c = client('FINANCE_REVIEWER', 'SUBMITTED', undefined, ['RETURN', 'APPROVE']);
    open(c);
    const panel = await screen.findByTestId('review-panel');
    fireEvent.click(within(panel).getByText('中'));
    await waitFor(() => expect((within(panel).getByRole('button', { name: '批复通过' }) as HTMLButtonElement).disabled).toBe(true));
    expect(within(panel).getByText('中：退回修改后重新提交')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: '退回修改' }));
    expect(await within(panel).findByText('退回时请写明需要修改的地方。')).toBeTruthy();
    expect(callsOf(c.executeMutation, 'ReturnTarget')).toHaveLength(0);

    fireEvent.click(within(panel).getByText('优'));
    await waitFor(() => expect((within(panel).getByRole('button', { name: '批复通过' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(within(panel).getByRole('button', { name: '批复通过' }));
    // The confirmation warns about the failed required check.
    expect(await screen.findByText(/有 1 项必须满足的审核检查未通过/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^批\s*复$/ }));
    await waitFor(() => expect(callsOf(c.executeMutation, 'ApproveTarget')).toHaveLength(1));
    expect(callsOf(c.executeMutation, 'ApproveTarget')[0]).toEqual({ id: 't1', lockVersion: 7, grade: 'EXCELLENT', comments: null, acknowledgeWarnings: true, approvedAmount: null });
  });

  it('shows both amounts of an approved target', async () => {
    open(client('DEPARTMENT_USER', 'APPROVED'));
    await screen.findByTestId('review-checks');
    expect(screen.getByText('申请金额（万元）').closest('.ant-descriptions-item')!.textContent).toContain('150.00');
    expect(screen.getByText('批复金额（万元）').closest('.ant-descriptions-item')!.textContent).toContain('120.00');
  });

  it('shows the reviewer the requested and allocated amounts and checks the approved amount between them', async () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('批复金额 1100000.00 元不能低于已安排预算 1100000.01 元 / below', { extensions: { code: 'BAD_USER_INPUT', field: 'approvedAmount' } })],
    });
    const c = client('FINANCE_REVIEWER', 'SUBMITTED', error, ['RETURN', 'APPROVE']);
    open(c);
    const panel = await screen.findByTestId('review-panel');
    const budget = within(panel).getByTestId('review-budget');
    expect(within(budget).getByText('申请金额（万元）').closest('.ant-descriptions-item')!.textContent).toContain('150.00');
    // Allocated: the adjusted amount, or the initial one when never adjusted: 1,000,000 + 100,000.
    await waitFor(() => expect(within(budget).getByText('2026 年已安排预算（万元）').closest('.ant-descriptions-item')!.textContent).toContain('110.00'));
    expect(callsOf(c.executeQuery, 'TargetAllocations')[0]).toEqual({ projectId: 'p1', year: 2026 });

    fireEvent.click(within(panel).getByText('良'));
    const amount = within(panel).getByLabelText('批复金额（元，可不填）');
    const approve = () => fireEvent.click(within(panel).getByRole('button', { name: '批复通过' }));
    fireEvent.change(amount, { target: { value: '1600000' } });
    approve();
    expect(await within(panel).findByText('批复金额不能超过申请金额')).toBeTruthy();
    fireEvent.change(amount, { target: { value: '1,099,999.99' } });
    approve();
    expect(await within(panel).findByText('批复金额不能低于已安排预算 1100000.00 元')).toBeTruthy();
    fireEvent.change(amount, { target: { value: '12.3.4' } });
    approve();
    expect(await within(panel).findByText('金额应为数字，最多两位小数')).toBeTruthy();
    expect(screen.queryByText(/有 1 项必须满足的审核检查未通过/)).toBeNull();

    // Within the bounds it is sent as exact Money; the server's refusal lands on the field.
    fireEvent.change(amount, { target: { value: '1,100,000' } });
    approve();
    expect(await screen.findByText(/有 1 项必须满足的审核检查未通过/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^批\s*复$/ }));
    await waitFor(() => expect(callsOf(c.executeMutation, 'ApproveTarget')).toHaveLength(1));
    expect(callsOf(c.executeMutation, 'ApproveTarget')[0]).toMatchObject({ id: 't1', lockVersion: 7, grade: 'GOOD', approvedAmount: '1100000.00' });
    const item = amount.closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect(within(item).getByText(/不能低于已安排预算 1100000.01 元/)).toBeTruthy());
  });
});
