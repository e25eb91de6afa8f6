import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ViewerProvider } from '../../../auth/ViewerContext';
import { mockClient } from '../../../test/mockClient';
import { renderPage } from '../../../test/renderPage';
import { EvaluationsTab } from './EvaluationsTab';

// The tab asks the server what the viewer may do: whether it may start a
// self-evaluation (viewerCreateActions) and whether an evaluation is open to
// its scoring (viewerActions). The role and the status decide nothing here.
function client(creatable: string[], viewerActions: string[]) {
  return mockClient({
    Viewer: () => ({ data: { viewer: { __typename: 'User', id: 'v', username: 'admin', displayName: '王建华', role: 'FINANCE_ADMIN', mustChangePassword: false, department: null } } }),
    ViewerCreateActions: () => ({ data: { viewerCreateActions: creatable } }),
    ProjectEvaluations: () => ({
      data: {
        evaluations: {
          __typename: 'EvaluationConnection',
          totalCount: 1,
          edges: [
            {
              __typename: 'EvaluationEdge',
              node: {
                __typename: 'Evaluation', id: 'ev1', fiscalYear: 2025, kind: 'SELF', status: 'IN_PROGRESS', viewerActions,
                totalScore: null, grade: null, findings: null, recommendations: null, publishedAt: null, agency: null, ruleSet: null,
                scoreItems: { __typename: 'ScoreItemConnection', edges: [] },
              },
            },
          ],
        },
      },
    }),
  });
}

const render = (c: ReturnType<typeof client>) =>
  renderPage(
    <ViewerProvider>
      <EvaluationsTab projectId="p1" fiscalYear={2025} departmentId="d1" />
    </ViewerProvider>,
    { client: c, path: '/projects/:id', url: '/projects/p1' },
  );

describe('EvaluationsTab', () => {
  it('offers a self-evaluation and scoring when the server lists them', async () => {
    render(client(['SELF_EVALUATION', 'EVALUATION'], ['SCORE', 'SUBMIT']));
    expect(await screen.findByRole('button', { name: /发起单位自评/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: '打分' })).toBeTruthy();
  });

  it('offers neither to an administrator the server refuses them, whatever the role and status', async () => {
    render(client(['USER', 'CALENDAR'], []));
    expect(await screen.findByRole('link', { name: '详情' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /发起单位自评/ })).toBeNull();
  });
});
