import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ViewerProvider } from '../../auth/ViewerContext';
import type { EvaluationFieldsFragment } from '../../gql/graphql';
import { mockClient } from '../../test/mockClient';
import { renderPage } from '../../test/renderPage';
import { EvaluationFollowUp } from './EvaluationFollowUp';

// Who may issue a rectification or record a budget link is the server's
// answer (viewerCreateActions), not the viewer's role.
function client(creatable: string[]) {
  return mockClient({
    Viewer: () => ({ data: { viewer: { __typename: 'User', id: 'v', username: 'reviewer', displayName: '李审核', role: 'FINANCE_REVIEWER', mustChangePassword: false, department: null } } }),
    ViewerCreateActions: () => ({ data: { viewerCreateActions: creatable } }),
    EvaluationFollowUp: () => ({
      data: {
        rectifications: { __typename: 'RectificationConnection', edges: [] },
        budgetLinks: { __typename: 'BudgetLinkConnection', edges: [] },
      },
    }),
  });
}

const evaluation = { __typename: 'Evaluation', id: 'ev1', fiscalYear: 2025, departmentId: 'd1' } as unknown as EvaluationFieldsFragment;

const render = (creatable: string[]) =>
  renderPage(
    <ViewerProvider>
      <EvaluationFollowUp evaluation={evaluation} />
    </ViewerProvider>,
    { client: client(creatable), path: '/evaluations/:id', url: '/evaluations/ev1' },
  );

describe('EvaluationFollowUp', () => {
  it('offers to issue a rectification and record a budget link when the server lists both', async () => {
    render(['RECTIFICATION', 'BUDGET_LINK']);
    expect(await screen.findByRole('button', { name: /下达整改/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /新增结果应用/ })).toBeTruthy();
  });

  it('offers only what the server lists, whatever the role', async () => {
    render(['RECTIFICATION']);
    expect(await screen.findByRole('button', { name: /下达整改/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新增结果应用/ })).toBeNull();
  });

  it('offers neither to a finance reviewer the server refuses them', async () => {
    render([]);
    expect(await screen.findByText('暂无整改事项')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /下达整改/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /新增结果应用/ })).toBeNull();
  });
});
