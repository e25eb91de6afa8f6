import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callsOf, mockClient } from '../../test/mockClient';
import { renderPage } from '../../test/renderPage';
import { ruleSetHandler } from '../../test/ruleSet';
import MonitoringFormPage from './MonitoringFormPage';

const indicator = (id: string, name: string, comparator: string, targetValue: string | null) => ({
  __typename: 'Indicator',
  id,
  category: 'OUTPUT',
  subcategory: 'QUANTITY',
  name,
  comparator,
  targetValue,
  targetText: comparator === 'QUALITATIVE' ? '明显改善' : null,
  unit: comparator === 'QUALITATIVE' ? null : '人',
});

function client() {
  return mockClient({
    MonitoringForm: () => ({
      data: {
        node: { __typename: 'Project', id: 'p1', code: 'XM-2026-001', name: '职业技能培训', fiscalYear: 2026, endYear: null, status: 'IN_PROGRESS', warningLevel: null, department: { __typename: 'Department', id: 'd1', name: '市人社局', region: '市本级' } },
        targets: {
          __typename: 'TargetConnection',
          edges: [
            {
              __typename: 'TargetEdge',
              node: {
                __typename: 'Target',
                id: 't1',
                version: 1,
                indicators: { __typename: 'IndicatorConnection', edges: [indicator('i1', '培训人次', 'GTE', '1200'), indicator('i2', '培训质量', 'QUALITATIVE', null)].map((node) => ({ __typename: 'IndicatorEdge', node })) },
              },
            },
          ],
        },
        allocations: { __typename: 'AllocationConnection', edges: [{ __typename: 'AllocationEdge', node: { __typename: 'Allocation', id: 'a1', initialAmount: '1200000.00', adjustedAmount: null } }] },
        monitorings: { __typename: 'MonitoringConnection', edges: [] },
      },
    }),
    RuleSetFor: ruleSetHandler(),
    ProjectDisbursements: () => ({
      data: {
        disbursements: {
          __typename: 'DisbursementConnection',
          edges: [{ __typename: 'DisbursementEdge', node: { __typename: 'Disbursement', id: 'x', paidOn: '2026-03-10', amount: '300000.00', fiscalYear: 2026, month: 3, allocationID: 'a1' } }],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    }),
    RecordMonitoring: () => ({
      data: {
        recordMonitoring: {
          __typename: 'Monitoring',
          id: 'm1',
          fiscalYear: 2026,
          month: 6,
          periodKind: 'QUARTER',
          budget: '1200000.00',
          paidToDate: '300000.00',
          timeProgress: '0.5',
          executionRate: '0.25',
          warningLevel: 'RED',
          correctiveAction: '加快拨付',
          recommendation: 'CONTINUE',
          project: { __typename: 'Project', id: 'p1', warningLevel: 'RED' },
          progresses: { __typename: 'IndicatorProgressConnection', edges: [] },
        },
      },
    }),
  });
}

async function pick(label: string, index: number, title: string) {
  fireEvent.mouseDown(screen.getAllByLabelText(label)[index]);
  const options = await screen.findAllByTitle(title);
  fireEvent.click(options[options.length - 1]);
}

describe('MonitoringFormPage', () => {
  it('previews the warnings, asks for a corrective action when red, and records the period', async () => {
    const c = client();
    renderPage(<MonitoringFormPage />, { client: c, path: '/projects/:id/monitoring/new', url: '/projects/p1/monitoring/new?year=2026&month=6' });
    const execution = await screen.findByTestId('execution-preview');
    // 300,000 of 1,200,000 by the end of June: 25 % against a time progress of 50 % → red.
    await waitFor(() => expect(within(execution).getByText('25.0%')).toBeTruthy());
    expect(within(execution).getByText('50.0%')).toBeTruthy();
    expect(execution.querySelector('[data-warning=RED]')).toBeTruthy();
    // under the rule set in force for the department's region and the year
    expect(callsOf(c.executeQuery, 'RuleSetFor')[0]).toEqual({ region: '市本级', fiscalYear: 2026 });

    fireEvent.change(screen.getByLabelText('截至期末完成值'), { target: { value: '600' } });
    await pick('完成情况', 0, '达成年度指标');
    await pick('完成可能性', 0, '确定能');
    await pick('完成可能性', 1, '确定能');
    fireEvent.click(screen.getByRole('button', { name: '提交监控' }));
    expect(await screen.findByText('红色预警须填写纠偏措施')).toBeTruthy();
    expect(callsOf(c.executeMutation, 'RecordMonitoring')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('纠偏措施'), { target: { value: '加快拨付' } });
    fireEvent.click(screen.getByRole('button', { name: '提交监控' }));
    await waitFor(() => expect(callsOf(c.executeMutation, 'RecordMonitoring')).toHaveLength(1));
    expect(callsOf(c.executeMutation, 'RecordMonitoring')[0]).toEqual({
      input: {
        projectID: 'p1',
        fiscalYear: 2026,
        month: 6,
        correctiveAction: '加快拨付',
        recommendation: 'CONTINUE',
        note: null,
        progresses: [
          { indicatorID: 'i1', completedToDate: '600', completedLevel: null, expectedFullYear: null, reason: null, reasonText: null, likelihood: 'CERTAIN' },
          { indicatorID: 'i2', completedToDate: null, completedLevel: 'ACHIEVED', expectedFullYear: null, reason: null, reasonText: null, likelihood: 'CERTAIN' },
        ],
        lockVersion: null, // a new period: nothing to replace
      },
    });
    const result = await screen.findByTestId('monitoring-result');
    expect(within(result).getByText('序时进度')).toBeTruthy();
  });
});
