import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ViewerProvider } from '../../../auth/ViewerContext';
import { mockClient } from '../../../test/mockClient';
import { renderPage } from '../../../test/renderPage';
import ProjectDetailPage from './ProjectDetailPage';

// Whether the viewer may edit this project (viewerCanEdit) and declare a
// target (viewerCreateActions) are the server's answers, not the role's.
function client(viewerCanEdit: boolean, creatable: string[]) {
  return mockClient({
    Viewer: () => ({ data: { viewer: { __typename: 'User', id: 'v', username: 'dept', displayName: '王部门', role: 'DEPARTMENT_USER', mustChangePassword: false, department: null } } }),
    ViewerCreateActions: () => ({ data: { viewerCreateActions: creatable } }),
    Project: () => ({
      data: {
        node: {
          __typename: 'Project', id: 'p1', code: 'P-001', name: '义务教育薄弱环节改善', fiscalYear: 2025, endYear: null,
          category: 'SPECIAL_BUSINESS', sector: 'EDUCATION', status: 'RESERVE', keyProject: false, publicService: false,
          description: null, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', viewerCanEdit,
          department: { __typename: 'Department', id: 'd1', name: '市教育局', code: '001', region: '市本级' },
          assessments: { __typename: 'AssessmentConnection', edges: [] },
        },
      },
    }),
  });
}

const render = (viewerCanEdit: boolean, creatable: string[]) =>
  renderPage(
    <ViewerProvider>
      <ProjectDetailPage />
    </ViewerProvider>,
    { client: client(viewerCanEdit, creatable), path: '/projects/:id', url: '/projects/p1' },
  );

describe('ProjectDetailPage', () => {
  it('offers 修改项目 and 申报绩效目标 when the server grants both', async () => {
    render(true, ['PROJECT', 'TARGET']);
    expect(await screen.findByRole('button', { name: /修改项目/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /申报绩效目标/ })).toBeTruthy();
  });

  it('hides 修改项目 for a project the server says the viewer may not edit, though it may create projects', async () => {
    render(false, ['PROJECT', 'TARGET']);
    expect(await screen.findByRole('button', { name: /申报绩效目标/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /修改项目/ })).toBeNull();
  });

  it('offers 申报绩效目标 only with the target right', async () => {
    render(true, ['PROJECT']);
    expect(await screen.findByRole('button', { name: /修改项目/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /申报绩效目标/ })).toBeNull();
  });
});
