import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callsOf, mockClient } from '../../test/mockClient';
import { renderPage } from '../../test/renderPage';
import { ruleSetHandler } from '../../test/ruleSet';
import TargetEditPage from './TargetEditPage';

const indicator = (id: string, category: string, subcategory: string, name: string, weight: string) => ({
  __typename: 'Indicator',
  id,
  category,
  subcategory,
  name,
  comparator: 'GTE',
  targetValue: '20',
  targetText: null,
  unit: '所',
  weight,
  standard: null,
  baseline: null,
  standardValue: null,
  actualValue: null,
  actualLevel: null,
  deviationReason: null,
  sortOrder: 1,
  templateID: null,
});

const target = {
  __typename: 'Target',
  id: 't1',
  fiscalYear: 2026,
  term: 'ANNUAL',
  goal: '改善 20 所学校的办学条件',
  requestedAmount: '1500000.00',
  approvedAmount: null,
  status: 'RETURNED',
  version: 1,
  lockVersion: 3,
  createdAt: '2026-03-01T02:00:00Z',
  updatedAt: '2026-03-02T02:00:00Z',
  project: { __typename: 'Project', id: 'p1', code: 'XM-2026-001', name: '义务教育薄弱环节改善项目', fiscalYear: 2026, sector: 'EDUCATION', publicService: true },
  department: { __typename: 'Department', id: 'd1', name: '市教育局', region: '市本级' },
  submittedBy: null,
  predecessor: null,
  successor: [],
  revisable: true,
  adjustable: false,
  reviewChecks: [],
  indicators: {
    __typename: 'IndicatorConnection',
    totalCount: 3,
    edges: [
      indicator('i1', 'OUTPUT', 'QUANTITY', '改造学校数', '50'),
      indicator('i2', 'EFFECT', 'SOCIAL_BENEFIT', '受益学生数', '30'),
      indicator('i3', 'SATISFACTION', 'SERVICE_SATISFACTION', '家长满意度', '10'),
    ].map((node) => ({ __typename: 'IndicatorEdge', node })),
  },
  reviews: { __typename: 'ReviewConnection', edges: [] },
};

function client(node: typeof target = target) {
  return mockClient({
    Target: () => ({ data: { node } }),
    RuleSetFor: ruleSetHandler(),
    TemplateSuggestions: () => ({ data: { indicatorTemplates: { __typename: 'IndicatorTemplateConnection', edges: [] } } }),
    ReviseTarget: () => ({ data: { reviseTarget: { ...target, lockVersion: 4 } } }),
  });
}

describe('TargetEditPage', () => {
  it('starts from the saved requested amount, sends a changed one exactly and clears an emptied one', async () => {
    const c = client();
    renderPage(<TargetEditPage />, { client: c, path: '/targets/:id/edit', url: '/targets/t1/edit' });
    const amount = (await screen.findByLabelText('申请金额（元）')) as HTMLInputElement;
    expect(amount.value).toBe('1500000.00');

    fireEvent.change(amount, { target: { value: '１,６００,０００' } });
    fireEvent.click(screen.getByRole('button', { name: '保存为草稿' }));
    await waitFor(() => expect(callsOf(c.executeMutation, 'ReviseTarget')).toHaveLength(1));
    const first = callsOf(c.executeMutation, 'ReviseTarget')[0] as { id: string; lockVersion: number; input: Record<string, unknown> };
    expect(first).toMatchObject({ id: 't1', lockVersion: 3 });
    expect(first.input).toEqual({ fiscalYear: 2026, term: 'ANNUAL', goal: '改善 20 所学校的办学条件', requestedAmount: '1600000.00' });

    fireEvent.change(amount, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: '保存为草稿' }));
    await waitFor(() => expect(callsOf(c.executeMutation, 'ReviseTarget')).toHaveLength(2));
    const second = callsOf(c.executeMutation, 'ReviseTarget')[1] as { lockVersion: number; input: Record<string, unknown> };
    // Saved again with the lock version the first save returned.
    expect(second.lockVersion).toBe(4);
    expect(second.input).toEqual({ fiscalYear: 2026, term: 'ANNUAL', goal: '改善 20 所学校的办学条件', clearRequestedAmount: true });
  });

  it('offers no editor when the server says the viewer may not revise the target', async () => {
    // Status RETURNED, yet not revisable for this viewer: the page follows the server, not a status list.
    renderPage(<TargetEditPage />, { client: client({ ...target, revisable: false }), path: '/targets/:id/edit', url: '/targets/t1/edit' });
    expect(await screen.findByText(/此目标现在不能由您修改/)).toBeTruthy();
    expect(screen.queryByLabelText('申请金额（元）')).toBeNull();
  });
});
