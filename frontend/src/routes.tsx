// Every page is its own chunk (React.lazy): the first load carries only the
// shell; ECharts comes with the chart chunks.
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { RequireLogin } from './auth/RequireLogin';
import { ViewerProvider } from './auth/ViewerContext';
import { AppShell, PageFallback } from './layout/AppShell';

const LoginPage = lazy(() => import('./auth/LoginPage'));
// The pages people land on, by first path segment: their chunk is asked for
// at start-up (preloadLandingPage), beside the viewer query, instead of after it.
const landing: Record<string, () => Promise<unknown>> = {
  cockpit: () => import('./pages/cockpit/CockpitPage'),
  workbench: () => import('./pages/workbench/WorkbenchPage'),
  comparison: () => import('./pages/comparison/ComparisonPage'),
  projects: () => import('./pages/projects/ProjectListPage'),
  reviews: () => import('./pages/targets/ReviewQueuePage'),
  evaluations: () => import('./pages/evaluations/EvaluationListPage'),
};
const CockpitPage = lazy(() => import('./pages/cockpit/CockpitPage'));
const WorkbenchPage = lazy(() => import('./pages/workbench/WorkbenchPage'));
const CalendarPage = lazy(() => import('./pages/calendar/CalendarPage'));
const RectificationLedgerPage = lazy(() => import('./pages/rectifications/RectificationLedgerPage'));
const BudgetLinkLedgerPage = lazy(() => import('./pages/budgetlinks/BudgetLinkLedgerPage'));
const ComparisonPage = lazy(() => import('./pages/comparison/ComparisonPage'));
const ProjectListPage = lazy(() => import('./pages/projects/ProjectListPage'));
const ProjectDetailPage = lazy(() => import('./pages/projects/detail/ProjectDetailPage'));
const ProjectCreatePage = lazy(() => import('./pages/projects/create/ProjectCreatePage'));
const ProjectEditPage = lazy(() => import('./pages/projects/create/ProjectEditPage'));
const TargetCreatePage = lazy(() => import('./pages/targets/TargetCreatePage'));
const TargetDetailPage = lazy(() => import('./pages/targets/TargetDetailPage'));
const TargetEditPage = lazy(() => import('./pages/targets/TargetEditPage'));
const ReviewQueuePage = lazy(() => import('./pages/targets/ReviewQueuePage'));
const MonitoringFormPage = lazy(() => import('./pages/monitoring/MonitoringFormPage'));
const EvaluationListPage = lazy(() => import('./pages/evaluations/EvaluationListPage'));
const NewEvaluationPage = lazy(() => import('./pages/evaluations/NewEvaluationPage'));
const EvaluationPage = lazy(() => import('./pages/evaluations/EvaluationPage'));
const ExpertPanelPage = lazy(() => import('./pages/panel/ExpertPanelPage'));
const SchemesPage = lazy(() => import('./pages/schemes/SchemesPage'));
const CompositePage = lazy(() => import('./pages/composites/CompositePage'));
const IndicatorLibraryPage = lazy(() => import('./pages/library/IndicatorLibraryPage'));
const OrganizationPage = lazy(() => import('./pages/org/OrganizationPage'));
const UsersPage = lazy(() => import('./pages/users/UsersPage'));
const ChangePasswordPage = lazy(() => import('./pages/account/ChangePasswordPage'));
const PublicResultsPage = lazy(() => import('./pages/public/PublicResultsPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

const page = (element: ReactNode) => <Suspense fallback={<PageFallback />}>{element}</Suspense>;

export const routes = [
  {
    element: (
      <ViewerProvider>
        <Outlet />
      </ViewerProvider>
    ),
    children: [
      { path: '/login', element: page(<LoginPage />) },
      // 信息公开: anyone, no login.
      { path: '/public', element: page(<PublicResultsPage />) },
      {
        element: (
          <RequireLogin>
            <AppShell />
          </RequireLogin>
        ),
        children: [
          { index: true, element: <Navigate to="/workbench" replace /> },
          { path: '/workbench', element: page(<WorkbenchPage />) },
          { path: '/calendar', element: page(<CalendarPage />) },
          { path: '/rectifications', element: page(<RectificationLedgerPage />) },
          { path: '/budget-links', element: page(<BudgetLinkLedgerPage />) },
          { path: '/cockpit', element: page(<CockpitPage />) },
          { path: '/comparison', element: page(<ComparisonPage />) },
          { path: '/projects', element: page(<ProjectListPage />) },
          { path: '/projects/new', element: page(<ProjectCreatePage />) },
          { path: '/projects/:id', element: page(<ProjectDetailPage />) },
          { path: '/projects/:id/edit', element: page(<ProjectEditPage />) },
          { path: '/projects/:id/monitoring/new', element: page(<MonitoringFormPage />) },
          { path: '/targets/new', element: page(<TargetCreatePage />) },
          { path: '/targets/:id', element: page(<TargetDetailPage />) },
          { path: '/targets/:id/edit', element: page(<TargetEditPage />) },
          { path: '/reviews', element: page(<ReviewQueuePage />) },
          { path: '/evaluations', element: page(<EvaluationListPage />) },
          { path: '/evaluations/new', element: page(<NewEvaluationPage />) },
          { path: '/evaluations/:id', element: page(<EvaluationPage />) },
          { path: '/evaluations/:id/panel', element: page(<ExpertPanelPage />) },
          { path: '/schemes', element: page(<SchemesPage />) },
          { path: '/composites', element: page(<CompositePage />) },
          { path: '/indicator-library', element: page(<IndicatorLibraryPage />) },
          { path: '/organization', element: page(<OrganizationPage />) },
          { path: '/users', element: page(<UsersPage />) },
          { path: '/password', element: page(<ChangePasswordPage />) },
          { path: '*', element: page(<NotFoundPage />) },
        ],
      },
    ],
  },
];

/** Starts fetching the chunk of the page the browser opened on (the same module React.lazy imports later). */
export function preloadLandingPage(pathname: string) {
  const segments = pathname.split('/').filter(Boolean);
  const first = segments[0] ?? 'workbench';
  if (segments.length <= 1) void landing[first]?.().catch(() => undefined);
}

export function createAppRouter() {
  return createBrowserRouter(routes);
}
