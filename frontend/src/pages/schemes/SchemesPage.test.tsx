import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callsOf, mockClient } from '../../test/mockClient';
import { renderPage } from '../../test/renderPage';
import SchemesPage from './SchemesPage';
import { periodTemplate, toInput } from './schemeDraft';

type Input = { code: string; name: string; subject: string; points: string; items: ReturnType<typeof toInput> };

function client() {
  let saved: Input | undefined;
  const scheme = () => ({
    __typename: 'EvaluationScheme',
    id: 's1',
    code: saved!.code,
    version: 1,
    name: saved!.name,
    subject: saved!.subject,
    description: null,
    lockVersion: 0,
    frozen: false,
    points: saved!.points,
    items: saved!.items.map((i) => ({ __typename: 'SchemeItem', ...i, bands: (i.bands ?? []).map((b) => ({ __typename: 'SurveyBand', ...b })) })),
  });
  return mockClient({
    EvaluationSchemes: () => ({ data: { evaluationSchemes: { __typename: 'EvaluationSchemeConnection', edges: saved ? [{ __typename: 'EvaluationSchemeEdge', node: scheme() }] : [] } } }),
    CreateEvaluationScheme: (v) => {
      saved = (v as { input: Input }).input;
      return { data: { createEvaluationScheme: scheme() } };
    },
    // The metrics a DATA item may read, as the server's rules list them (labels deliberately not the SPA's own).
    SchemeDataMetrics: () => ({
      data: {
        schemeDataMetrics: [
          { __typename: 'SchemeDataMetric', code: 'EXECUTION_RATE', name: '服务端：预算执行率', source: '实际支出 ÷ 预算' },
          { __typename: 'SchemeDataMetric', code: 'RUNNING_COST', name: '服务端：运行成本', source: '人均支出对比同行业中位数' },
        ],
      },
    }),
    PreviewEvaluationScheme: () => ({
      data: {
        previewEvaluationScheme: {
          __typename: 'SchemePreview',
          total: '88.75',
          scale: '100',
          total100: '88.75',
          grade: 'GOOD',
          vetoed: false,
          items: [{ __typename: 'SchemeItemScore', key: 'mid', name: '年中评价', level: 1, points: '100', score: '86', explanation: '加权' }],
        },
      },
    }),
  });
}

describe('SchemesPage', () => {
  it('builds a 50/50 period composite, saves it, and computes it with entered scores', async () => {
    const c = client();
    renderPage(<SchemesPage />, { client: c, path: '/schemes', url: '/schemes' });
    fireEvent.click(await screen.findByTestId('use-period-template'));
    fireEvent.change(screen.getByTestId('scheme-code'), { target: { value: 'DW-2025' } });
    fireEvent.change(screen.getByTestId('scheme-name'), { target: { value: '部门整体（年中/年末）' } });
    fireEvent.change(screen.getByTestId('item-name-mid.out'), { target: { value: '履职成效' } });
    fireEvent.click(screen.getByTestId('scheme-save'));

    await waitFor(() => expect(callsOf(c.executeMutation, 'CreateEvaluationScheme')).toHaveLength(1));
    const input = (callsOf(c.executeMutation, 'CreateEvaluationScheme')[0] as { input: Input }).input;
    expect(input).toMatchObject({ code: 'DW-2025', subject: 'PROJECT', points: '100' });
    expect(input.items.map((i) => [i.key, i.share])).toEqual([
      ['mid', '50'],
      ['mid.out', null],
      ['mid.sv', null],
      ['end', '50'],
      ['end.out', null],
      ['end.sv', null],
    ]);
    expect(input.items[1].name).toBe('履职成效');
    expect(input.items[2].bands).toEqual([
      { from: '0.9', share: '1' },
      { from: '0.8', share: '0.8' },
      { from: '0.6', share: '0.5' },
    ]);

    // Saved: the version is selected and can be tried out.
    const preview = await screen.findByTestId('scheme-preview');
    fireEvent.change(within(preview).getByTestId('preview-input-mid.out'), { target: { value: '54' } });
    fireEvent.change(within(preview).getByTestId('preview-input-mid.sv'), { target: { value: '0.85' } });
    fireEvent.click(within(preview).getByTestId('preview-run'));
    await waitFor(() => expect(screen.getByTestId('preview-total').textContent).toBe('88.75'));
    expect(screen.getByTestId('preview-grade').textContent).toBe('良');
    const asked = (c.query as unknown as { mock: { calls: unknown[][] } }).mock.calls.at(-1)![1] as { schemeId: string; inputs: unknown[] };
    expect(asked).toEqual({ schemeId: 's1', inputs: [{ key: 'mid.out', score: '54' }, { key: 'mid.sv', rate: '0.85' }] });
    expect(periodTemplate()).toHaveLength(6);
  });

  it('offers a DATA item the metrics the server lists and sends the one picked as its code', async () => {
    const c = client();
    renderPage(<SchemesPage />, { client: c, path: '/schemes', url: '/schemes' });
    fireEvent.click(await screen.findByTestId('add-top'));
    fireEvent.change(screen.getByTestId('scheme-code'), { target: { value: 'DW-DATA' } });
    fireEvent.change(screen.getByTestId('scheme-name'), { target: { value: '部门整体数据项' } });
    fireEvent.change(screen.getByTestId('item-name-k1'), { target: { value: '运行成本' } });
    fireEvent.change(screen.getByTestId('item-points-k1'), { target: { value: '100' } });
    fireEvent.mouseDown(within(screen.getByTestId('item-method-k1')).getByRole('combobox'));
    fireEvent.click((await screen.findAllByTitle('数据计算')).at(-1)!);
    fireEvent.mouseDown(within(await screen.findByTestId('item-metric-k1')).getByRole('combobox'));
    expect(await screen.findAllByTitle('服务端：预算执行率')).not.toHaveLength(0);
    fireEvent.click((await screen.findAllByTitle('服务端：运行成本')).at(-1)!);
    expect((await screen.findByTestId('item-metric-source-k1')).textContent).toBe('人均支出对比同行业中位数');
    fireEvent.click(screen.getByTestId('scheme-save'));
    await waitFor(() => expect(callsOf(c.executeMutation, 'CreateEvaluationScheme')).toHaveLength(1));
    const input = (callsOf(c.executeMutation, 'CreateEvaluationScheme')[0] as { input: Input }).input;
    expect(input.items).toMatchObject([{ key: 'k1', method: 'DATA', code: 'RUNNING_COST', points: '100' }]);
  });
});
