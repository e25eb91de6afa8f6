import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { callsOf, mockClient } from '../../test/mockClient';
import { renderPage } from '../../test/renderPage';
import { ruleSetHandler, testRuleSet } from '../../test/ruleSet';
import TargetCreatePage from './TargetCreatePage';

const projectNode = {
  __typename: 'Project',
  id: 'p1',
  code: 'XM-2026-001',
  name: '义务教育薄弱环节改善项目',
  fiscalYear: 2026,
  sector: 'EDUCATION',
  publicService: true,
  department: { __typename: 'Department', id: 'd1', name: '市教育局', region: '榆阳区' },
};

const declared = {
  __typename: 'Target',
  id: 't1',
  status: 'DRAFT',
  version: 1,
  lockVersion: 0,
  reviewChecks: [{ __typename: 'ReviewCheck', code: 'WEIGHTS_SUM', passed: true, severity: 'ERROR', message: '指标权重合计 90' }],
};

function client(declareError?: CombinedError) {
  return mockClient({
    TargetProject: () => ({ data: { node: projectNode } }),
    // a regional rule set: the weights must total what it says, not a number of the SPA's
    RuleSetFor: ruleSetHandler({ ...testRuleSet, indicatorPoints: '85', selfExecutionPoints: '15' }),
    TemplateSuggestions: () => ({ data: { indicatorTemplates: { __typename: 'IndicatorTemplateConnection', edges: [] } } }),
    DeclareTarget: () => (declareError ? { error: declareError } : { data: { declareTarget: declared } }),
  });
}

/** Fills the three default rows (output, effect, satisfaction) through the page's own inputs. */
async function fillRows() {
  fireEvent.change(screen.getByPlaceholderText(/概括说明预期产出和效果/), { target: { value: '改善 20 所学校的办学条件' } });
  fireEvent.change(screen.getByLabelText('申请金额（元）'), { target: { value: '1,200,000.5' } });
  for (const [i, select] of screen.getAllByLabelText('二级指标').entries()) {
    fireEvent.mouseDown(select);
    const option = await screen.findAllByTitle(['数量指标', '社会效益指标', '服务对象满意度指标'][i]);
    fireEvent.click(option[option.length - 1]);
  }
  screen.getAllByLabelText('三级指标').forEach((input, i) => fireEvent.change(input, { target: { value: ['改造学校数', '受益学生数', '家长满意度'][i] } }));
  screen.getAllByLabelText('指标值').forEach((input) => fireEvent.change(input, { target: { value: '20' } }));
  screen.getAllByLabelText('计量单位').forEach((input) => fireEvent.change(input, { target: { value: '所' } }));
  screen.getAllByLabelText('分值').forEach((input, i) => fireEvent.change(input, { target: { value: ['50', '30', '10'][i] } }));
}

const open = (c: ReturnType<typeof client>) => renderPage(<TargetCreatePage />, { client: c, path: '/targets/new', url: '/targets/new?project=p1' });

describe('TargetCreatePage', () => {
  it('shows what is missing, row by row, and sends nothing', async () => {
    const c = client();
    open(c);
    await screen.findByText('XM-2026-001 义务教育薄弱环节改善项目');
    fireEvent.click(screen.getByRole('button', { name: '保存为草稿' }));
    expect(await screen.findByText('有 3 行指标需要修改，请看标红处。')).toBeTruthy();
    expect(screen.getAllByText('请选择二级指标')).toHaveLength(3);
    expect(screen.getAllByText('请填写三级指标名称')).toHaveLength(3);
    expect(screen.getAllByText('定量指标请填写指标值')).toHaveLength(3);
    expect(screen.getAllByText('请填写分值')).toHaveLength(3);
    expect(await screen.findByText('请填写总体目标')).toBeTruthy();
    expect(callsOf(c.executeMutation, 'DeclareTarget')).toHaveLength(0);
  });

  it('rejects a target value that is not a number, and warns about the review checks', async () => {
    const c = client();
    open(c);
    await screen.findByText('XM-2026-001 义务教育薄弱环节改善项目');
    const values = screen.getAllByLabelText('指标值');
    fireEvent.change(values[0], { target: { value: '九十五' } });
    const weights = screen.getAllByLabelText('分值');
    fireEvent.change(weights[0], { target: { value: '-3' } });
    fireEvent.click(screen.getByRole('button', { name: '保存为草稿' }));
    expect(await screen.findByText('指标值应为数字，如 95 或 12.5')).toBeTruthy();
    expect(screen.getByText('分值应为不小于 0 的数字')).toBeTruthy();
    expect(screen.getByText(/指标分值合计 .* 分，应为 85 分（预算执行率另计 15 分）/)).toBeTruthy();
    expect(callsOf(c.executeQuery, 'RuleSetFor')[0]).toEqual({ region: '榆阳区', fiscalYear: 2026 });
  });

  it('shows the server error in plain words, on the row it concerns, and keeps what was typed', async () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('项目的事前评估结论为不予支持 / the project was not supported by its ex-ante assessment', { extensions: { code: 'BAD_USER_INPUT' } }),
        new GraphQLError('计量单位过长 / unit too long', { extensions: { code: 'BAD_USER_INPUT', field: 'indicators.1.unit' } }),
      ],
    });
    const c = client(error);
    open(c);
    await screen.findByText('XM-2026-001 义务教育薄弱环节改善项目');
    await fillRows();
    fireEvent.click(screen.getByRole('button', { name: '保存为草稿' }));
    expect(await screen.findByText('项目的事前评估结论为不予支持')).toBeTruthy();
    expect(screen.getByText('填写的内容有误，请按提示修改后再提交。')).toBeTruthy();
    // The row-level complaint sits under the second row's unit.
    expect(screen.getAllByText('计量单位过长').length).toBeGreaterThan(0);
    expect(screen.getByText('有 1 行指标需要修改，请看标红处。')).toBeTruthy();
    // One request: the target and all its indicators together.
    await waitFor(() => expect(callsOf(c.executeMutation, 'DeclareTarget')).toHaveLength(1));
    const sent = callsOf(c.executeMutation, 'DeclareTarget')[0] as { input: unknown; indicators: Record<string, unknown>[] };
    // The amount requested goes as the exact Money string, whatever separators were typed.
    expect(sent.input).toEqual({ projectID: 'p1', departmentID: 'd1', fiscalYear: 2026, term: 'ANNUAL', goal: '改善 20 所学校的办学条件', requestedAmount: '1200000.50' });
    expect(sent.indicators).toHaveLength(3);
    expect(sent.indicators[0]).toMatchObject({ category: 'OUTPUT', subcategory: 'QUANTITY', name: '改造学校数', comparator: 'GTE', targetValue: '20', unit: '所', weight: '50', sortOrder: 1 });
    expect(sent.indicators[2]).toMatchObject({ category: 'SATISFACTION', subcategory: 'SERVICE_SATISFACTION', sortOrder: 3 });
    // What the clerk typed is still there.
    expect((screen.getByPlaceholderText(/概括说明预期产出和效果/) as HTMLTextAreaElement).value).toBe('改善 20 所学校的办学条件');
    expect(screen.getAllByLabelText('三级指标').map((i) => (i as HTMLInputElement).value)).toEqual(['改造学校数', '受益学生数', '家长满意度']);
  });

  it('checks the requested amount as money, and shows the server\'s complaint about it on the field', async () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('申请金额不能为负 / the requested amount cannot be negative', { extensions: { code: 'BAD_USER_INPUT', field: 'requested_amount' } })],
    });
    const c = client(error);
    open(c);
    await screen.findByText('XM-2026-001 义务教育薄弱环节改善项目');
    await fillRows();
    const amount = screen.getByLabelText('申请金额（元）');
    fireEvent.change(amount, { target: { value: '一百万' } });
    fireEvent.click(screen.getByRole('button', { name: '保存为草稿' }));
    expect(await screen.findByText('金额应为数字，最多两位小数')).toBeTruthy();
    fireEvent.change(amount, { target: { value: '12.345' } });
    fireEvent.click(screen.getByRole('button', { name: '保存为草稿' }));
    expect(await screen.findByText('金额应为数字，最多两位小数')).toBeTruthy();
    expect(callsOf(c.executeMutation, 'DeclareTarget')).toHaveLength(0);

    // A valid amount goes out; the server's refusal naming the field lands under it.
    fireEvent.change(amount, { target: { value: '500000' } });
    fireEvent.click(screen.getByRole('button', { name: '保存为草稿' }));
    await waitFor(() => expect(callsOf(c.executeMutation, 'DeclareTarget')).toHaveLength(1));
    expect((callsOf(c.executeMutation, 'DeclareTarget')[0] as { input: { requestedAmount: string } }).input.requestedAmount).toBe('500000.00');
    const item = amount.closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect(within(item).getByText('申请金额不能为负')).toBeTruthy());
    expect((amount as HTMLInputElement).value).toBe('500000');
  });

  it('saves the whole declaration in one request and continues on the saved target', async () => {
    const c = client();
    const { router } = open(c);
    await screen.findByText('XM-2026-001 义务教育薄弱环节改善项目');
    await fillRows();
    fireEvent.click(screen.getByRole('button', { name: '保存为草稿' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/targets/t1/edit'));
    expect(callsOf(c.executeMutation, 'DeclareTarget')).toHaveLength(1);
  });
});
