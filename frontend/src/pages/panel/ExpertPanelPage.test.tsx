import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callsOf, mockClient } from '../../test/mockClient';
import { renderPage } from '../../test/renderPage';
import ExpertPanelPage from './ExpertPanelPage';

const expert = (id: string, name: string) => ({ __typename: 'Expert', id, name, specialty: '教育' });

function client(viewerActions: string[] = ['SCORE', 'SUBMIT']) {
  const scores = [
    { __typename: 'ExpertScore', id: 'x1', score: '8', note: null, lockVersion: 0, expert: expert('e1', '王专家') },
    { __typename: 'ExpertScore', id: 'x2', score: '10', note: null, lockVersion: 0, expert: expert('e2', '李专家') },
  ];
  const panel = () => [
    {
      __typename: 'PanelItem',
      scoreItem: { __typename: 'ScoreItem', id: 'i1', name: '立项依据充分性', weight: '10', score: scores.length === 3 ? '9' : null },
      scores,
      aggregate: scores.length === 3 ? '9' : '9',
      spread: '2',
      missing: scores.length === 3 ? [] : [expert('e3', '赵专家')],
    },
  ];
  return mockClient({
    ExpertPanel: () => ({
      data: {
        node: {
          __typename: 'Evaluation',
          id: 'ev1',
          fiscalYear: 2025,
          status: 'IN_PROGRESS',
          viewerActions,
          project: { __typename: 'Project', id: 'p1', name: '学生资助项目' },
          department: { __typename: 'Department', id: 'd1', name: '市教育局' },
          experts: { __typename: 'ExpertConnection', edges: ['王专家', '李专家', '赵专家'].map((n, i) => ({ __typename: 'ExpertEdge', node: expert(`e${i + 1}`, n) })) },
        },
        expertPanel: panel(),
      },
    }),
    ScoreAsExpert: (v) => {
      const input = (v as { input: { expertId: string; score: string } }).input;
      scores.push({ __typename: 'ExpertScore', id: 'x3', score: input.score, note: null, lockVersion: 0, expert: expert(input.expertId, '赵专家') });
      return { data: { scoreAsExpert: panel()[0] } };
    },
  });
}

describe('ExpertPanelPage', () => {
  it("shows each expert's score and who is missing, and saves a missing expert's sheet", async () => {
    const c = client();
    renderPage(<ExpertPanelPage />, { client: c, path: '/evaluations/:id/panel', url: '/evaluations/ev1/panel' });
    expect(await screen.findByText('赵专家', { selector: '.ant-tag' })).toBeTruthy();
    expect(screen.getByTestId('aggregate-i1').textContent).toBe('9');

    fireEvent.mouseDown(screen.getByLabelText('专家'));
    fireEvent.click((await screen.findAllByTitle('赵专家（教育）')).at(-1)!);
    fireEvent.change(await screen.findByTestId('sheet-score-i1'), { target: { value: '9' } });
    fireEvent.click(screen.getByTestId('sheet-save'));
    await waitFor(() => expect(callsOf(c.executeMutation, 'ScoreAsExpert')).toEqual([{ input: { scoreItemId: 'i1', expertId: 'e3', score: '9', lockVersion: null } }]));
  });

  it('offers no sheet when the server lists no SCORE for the viewer, whatever the status', async () => {
    renderPage(<ExpertPanelPage />, { client: client(['REVIEW']), path: '/evaluations/:id/panel', url: '/evaluations/ev1/panel' });
    expect(await screen.findByText('赵专家', { selector: '.ant-tag' })).toBeTruthy();
    expect(screen.queryByTestId('sheet-save')).toBeNull();
  });
});
