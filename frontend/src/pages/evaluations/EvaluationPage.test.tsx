import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { ViewerProvider } from '../../auth/ViewerContext';
import { callsOf, mockClient } from '../../test/mockClient';
import { renderPage } from '../../test/renderPage';
import { ruleSetHandler } from '../../test/ruleSet';
import EvaluationPage from './EvaluationPage';

const ind = (id: string, category: string, comparator: string, targetValue: string | null, targetText: string | null = null) => ({
  __typename: 'Indicator',
  id,
  category,
  name: id,
  comparator,
  targetValue,
  targetText,
  unit: comparator === 'QUALITATIVE' ? null : '所',
  weight: '10',
  actualValue: null,
  actualLevel: null,
  deviationReason: null,
});
const item = (id: string, name: string, method: string, weight: string, parentID: string | null, indicator: unknown = null) => ({
  __typename: 'ScoreItem',
  id,
  parentID,
  level: parentID ? 2 : 1,
  name,
  weight,
  method,
  score: null,
  explanation: null,
  explanationEn: null,
  sortOrder: 0,
  indicator,
});

let lockVersion = 0;
const evaluation = () => ({
  __typename: 'Evaluation',
  id: 'e1',
  fiscalYear: 2025,
  kind: 'SELF',
  scheme: 'SELF',
  status: lockVersion === 0 ? 'PLANNED' : 'IN_PROGRESS',
  // What the viewer may do is the server's answer: the department scores its own open self-evaluation.
  viewerActions: ['SCORE'],
  totalScore: null,
  grade: null,
  lockVersion,
  findings: null,
  recommendations: null,
  report: null,
  publishedAt: null,
  updatedAt: '2026-01-10T02:00:00Z',
  projectID: 'p1',
  departmentID: 'd1',
  project: { __typename: 'Project', id: 'p1', code: 'XM-2025-001', name: '学生资助项目' },
  department: { __typename: 'Department', id: 'd1', name: '市教育局', region: '市本级' },
  agency: null,
  ruleSet: null,
  scoreItems: {
    __typename: 'ScoreItemConnection',
    totalCount: 6,
    edges: [
      item('x', '预算执行率', 'EXECUTION_RATE', '10', null),
      item('o', '产出', 'COMPOSITE', '50', null),
      item('a', '资助学生人数', 'INDICATOR', '50', 'o', ind('ia', 'OUTPUT', 'GTE', '100')),
      item('e', '效益', 'COMPOSITE', '30', null),
      item('q', '群众知晓度', 'INDICATOR', '30', 'e', ind('iq', 'EFFECT', 'QUALITATIVE', null, '明显提高')),
    ].map((node) => ({ __typename: 'ScoreItemEdge', node })),
  },
});

type Handlers = Parameters<typeof mockClient>[0];

function client(overrides: Handlers = {}) {
  lockVersion = 0;
  return mockClient({
    Viewer: () => ({ data: { viewer: { __typename: 'User', id: 'v', username: 'dept', displayName: '刘晓东', role: 'DEPARTMENT_USER', department: { __typename: 'Department', id: 'd1', name: '市教育局' } } } }),
    Evaluation: () => ({ data: { node: evaluation() } }),
    RuleSetFor: ruleSetHandler(),
    EvaluationFunding: () => ({ data: { allocations: { __typename: 'AllocationConnection', edges: [{ __typename: 'AllocationEdge', node: { __typename: 'Allocation', id: 'al', initialAmount: '800000.00', adjustedAmount: '1000000.00' } }] } } }),
    EvaluationPaid: () => ({ data: { disbursements: { __typename: 'DisbursementConnection', edges: [{ __typename: 'DisbursementEdge', node: { __typename: 'Disbursement', id: 'd', amount: '900000.00' } }], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } }),
    SelfEvaluationPreview: () => ({
      data: {
        selfEvaluationPreview: {
          __typename: 'SelfEvaluationPreview',
          total: '88.00',
          grade: 'GOOD',
          executionScore: '9.00',
          flags: [],
          categories: [],
          items: [
            { __typename: 'ScoreResult', score: '47.50', explanation: '正向指标：完成值 95 < 目标值 100，得分 = 50 × 95 ÷ 100 = 47.50', flags: [] },
            { __typename: 'ScoreResult', score: '21.00', explanation: '定性指标', flags: [] },
          ],
        },
      },
    }),
    EvaluationFollowUp: () => ({ data: { rectifications: { __typename: 'RectificationConnection', edges: [] }, budgetLinks: { __typename: 'BudgetLinkConnection', edges: [] } } }),
    // Each change of an item takes the evaluation's lock and moves it on.
    RecordIndicatorActual: () => {
      lockVersion = 1;
      return { data: { recordIndicatorActual: { __typename: 'Evaluation', id: 'e1', lockVersion: 1, status: 'IN_PROGRESS', totalScore: null, grade: null } } };
    },
    ScoreItem: () => {
      lockVersion = 2;
      return { data: { scoreItem: { ...item('q', '群众知晓度', 'INDICATOR', '30', 'e', null), evaluation: { __typename: 'Evaluation', id: 'e1', lockVersion: 2, status: 'IN_PROGRESS', totalScore: null, grade: null } } } };
    },
    ComputeEvaluation: () => ({ data: { computeEvaluation: { ...evaluation(), totalScore: '88.00', grade: 'GOOD', lockVersion: 3 } } }),
    ...overrides,
  });
}

const open = (c: ReturnType<typeof client>) =>
  renderPage(
    <ViewerProvider>
      <EvaluationPage />
    </ViewerProvider>,
    { client: c, path: '/evaluations/:id', url: '/evaluations/e1' },
  );

describe('EvaluationPage', () => {
  it('previews the total and grade while typing, checks the qualitative band, then saves and computes', async () => {
    const c = client();
    open(c);
    const sheet = await screen.findByTestId('scoring-sheet');
    fireEvent.change(within(sheet).getByLabelText('完成值：资助学生人数'), { target: { value: '95' } });
    fireEvent.mouseDown(within(sheet).getByLabelText('达成等级：群众知晓度'));
    fireEvent.click((await screen.findAllByTitle('部分达成年度指标并具有一定效果')).at(-1)!);
    fireEvent.change(within(sheet).getByLabelText('得分：群众知晓度'), { target: { value: '25' } });

    // The pure preview query gets the sheet as typed, with the year's budget and payments.
    await waitFor(() => {
      const last = callsOf(c.executeQuery, 'SelfEvaluationPreview').at(-1) as { input: { paid: string; budget: string; indicators: unknown[] } } | undefined;
      expect(last?.input.indicators[0]).toEqual({ category: 'OUTPUT', comparator: 'GTE', weight: '50', targetValue: '100', actualValue: '95' });
    });
    const last = callsOf(c.executeQuery, 'SelfEvaluationPreview').at(-1) as { input: { paid: string; budget: string } };
    expect(last.input).toMatchObject({ paid: '900000.00', budget: '1000000.00' });
    await waitFor(() => expect(screen.getByTestId('preview-grade').getAttribute('data-total')).toBe('88.00'));
    expect(within(screen.getByTestId('preview-grade')).getByText('良')).toBeTruthy();

    // 25 of 30 is not 部分达成 (18 ~ 24): nothing is sent.
    fireEvent.click(screen.getByRole('button', { name: '保存并计算得分' }));
    expect(await screen.findByText(/该等级的得分应在 18.00 ~ 24.00/)).toBeTruthy();
    expect(callsOf(c.executeMutation, 'ScoreItem')).toHaveLength(0);

    fireEvent.change(within(sheet).getByLabelText('得分：群众知晓度'), { target: { value: '21' } });
    fireEvent.click(screen.getByRole('button', { name: '保存并计算得分' }));
    await waitFor(() => expect(callsOf(c.executeMutation, 'ComputeEvaluation')).toHaveLength(1));
    expect(callsOf(c.executeMutation, 'RecordIndicatorActual')[0]).toEqual({ evaluationId: 'e1', lockVersion: 0, indicatorId: 'ia', input: { actualValue: '95' } });
    expect(callsOf(c.executeMutation, 'ScoreItem')[0]).toEqual({ id: 'q', lockVersion: 1, input: { level: 'PARTLY_ACHIEVED', score: '21', note: null } });
    // Computed with the lock version read after scoring, not the stale one.
    expect(callsOf(c.executeMutation, 'ComputeEvaluation')[0]).toEqual({ id: 'e1', lockVersion: 2 });
  });
});

describe('EvaluationPage, a published evaluation', () => {
  const finance = { __typename: 'User', id: 'f', username: 'reviewer', displayName: '李娜', role: 'FINANCE_REVIEWER', department: null };
  const published = () => ({ ...evaluation(), status: 'PUBLISHED', viewerActions: ['REOPEN'], totalScore: '88.00', grade: 'GOOD', lockVersion: 9, publishedAt: '2026-01-20T02:00:00Z' });

  it('lets finance reopen it only with a reason, with the lock version read, then reloads', async () => {
    let reopened = false;
    const c = client({
      Viewer: () => ({ data: { viewer: finance } }),
      Evaluation: () => ({
        data: { node: reopened ? { ...published(), status: 'IN_PROGRESS', viewerActions: [], lockVersion: 10, publishedAt: null, reopenedAt: '2026-02-01T02:00:00Z', reopenReason: '满意度调查样本有误，需重新评分' } : published() },
      }),
      ReopenEvaluation: () => {
        reopened = true;
        return { data: { reopenEvaluation: { ...published(), status: 'IN_PROGRESS', viewerActions: [], lockVersion: 10, publishedAt: null } } };
      },
    });
    open(c);
    fireEvent.click(await screen.findByRole('button', { name: '撤回发布/重新打开' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/评价将回到“评分中”/)).toBeTruthy();
    // No reason, or only blanks: nothing is sent.
    fireEvent.change(within(dialog).getByLabelText('重新打开的理由'), { target: { value: '   ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /重新打开/ }));
    expect(await within(dialog).findByText('请写明重新打开的理由')).toBeTruthy();
    expect(callsOf(c.executeMutation, 'ReopenEvaluation')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('重新打开的理由'), { target: { value: ' 满意度调查样本有误，需重新评分 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /重新打开/ }));
    await waitFor(() => expect(callsOf(c.executeMutation, 'ReopenEvaluation')).toHaveLength(1));
    expect(callsOf(c.executeMutation, 'ReopenEvaluation')[0]).toEqual({ id: 'e1', lockVersion: 9, reason: '满意度调查样本有误，需重新评分' });
    // The page is read again from the server: the evaluation is back in scoring, no reopen button.
    await waitFor(() => expect(callsOf(c.executeQuery, 'Evaluation').length).toBeGreaterThan(1));
    await waitFor(() => expect(screen.queryByRole('button', { name: '撤回发布/重新打开' })).toBeNull());
    // Why and when it was reopened stays on the page (Beijing time).
    expect(screen.getByTestId('reopened').textContent).toBe('2026-02-01 10:00 由财政重新打开：满意度调查样本有误，需重新评分');
  });

  it('shows the server\'s refusal in the dialog and keeps the reason', async () => {
    const c = client({
      Viewer: () => ({ data: { viewer: finance } }),
      Evaluation: () => ({ data: { node: published() } }),
      ReopenEvaluation: () => ({ error: new CombinedError({ graphQLErrors: [new GraphQLError('数据已被他人修改，请刷新 / changed by someone else', { extensions: { code: 'CONFLICT' } })] }) }),
    });
    open(c);
    fireEvent.click(await screen.findByRole('button', { name: '撤回发布/重新打开' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('重新打开的理由'), { target: { value: '数据有误' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /重新打开/ }));
    expect(await within(dialog).findByText('数据已被他人修改，请刷新')).toBeTruthy();
    expect((within(dialog).getByLabelText('重新打开的理由') as HTMLTextAreaElement).value).toBe('数据有误');
  });

  it('offers no reopen to a department user', async () => {
    const c = client({ Evaluation: () => ({ data: { node: { ...published(), viewerActions: [] } } }) });
    open(c);
    await screen.findAllByText(/学生资助项目/);
    await waitFor(() => expect(callsOf(c.executeQuery, 'Viewer').length).toBeGreaterThan(0));
    expect(screen.queryByRole('button', { name: '撤回发布/重新打开' })).toBeNull();
  });
});
