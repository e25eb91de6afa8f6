// Every page is its own chunk (lazyPage): the first load carries only the
// shell; ECharts comes with the chart chunks.
import { Suspense, type ReactNode } from 'react';
import { createBrowserRouter, matchRoutes, Navigate, Outlet, type RouteObject } from 'react-router';
import { RequireLogin } from './auth/RequireLogin';
import { ViewerProvider } from './auth/ViewerContext';
import { AppShell } from './layout/AppShell';
import { PageFallback } from './layout/PageFallback';
import { lazyPage, type LazyPage } from './lazyPage';

const LoginPage = lazyPage(() => import('./auth/LoginPage'));
const CockpitPage = lazyPage(() => import('./pages/cockpit/CockpitPage'));
const WorkbenchPage = lazyPage(() => import('./pages/workbench/WorkbenchPage'));
const CalendarPage = lazyPage(() => import('./pages/calendar/CalendarPage'));
const RectificationLedgerPage = lazyPage(() => import('./pages/rectifications/RectificationLedgerPage'));
const BudgetLinkLedgerPage = lazyPage(() => import('./pages/budgetlinks/BudgetLinkLedgerPage'));
const ComparisonPage = lazyPage(() => import('./pages/comparison/ComparisonPage'));
const ProjectListPage = lazyPage(() => import('./pages/projects/ProjectListPage'));
const ProjectDetailPage = lazyPage(() => import('./pages/projects/detail/ProjectDetailPage'));
const ProjectCreatePage = lazyPage(() => import('./pages/projects/create/ProjectCreatePage'));
const ProjectEditPage = lazyPage(() => import('./pages/projects/create/ProjectEditPage'));
const TargetCreatePage = lazyPage(() => import('./pages/targets/TargetCreatePage'));
const TargetDetailPage = lazyPage(() => import('./pages/targets/TargetDetailPage'));
const TargetEditPage = lazyPage(() => import('./pages/targets/TargetEditPage'));
const ReviewQueuePage = lazyPage(() => import('./pages/targets/ReviewQueuePage'));
const MonitoringFormPage = lazyPage(() => import('./pages/monitoring/MonitoringFormPage'));
const EvaluationListPage = lazyPage(() => import('./pages/evaluations/EvaluationListPage'));
const NewEvaluationPage = lazyPage(() => import('./pages/evaluations/NewEvaluationPage'));
const EvaluationPage = lazyPage(() => import('./pages/evaluations/EvaluationPage'));
const ExpertPanelPage = lazyPage(() => import('./pages/panel/ExpertPanelPage'));
const SchemesPage = lazyPage(() => import('./pages/schemes/SchemesPage'));
const CompositePage = lazyPage(() => import('./pages/composites/CompositePage'));
const IndicatorLibraryPage = lazyPage(() => import('./pages/library/IndicatorLibraryPage'));
const OrganizationPage = lazyPage(() => import('./pages/org/OrganizationPage'));
const UsersPage = lazyPage(() => import('./pages/users/UsersPage'));
const ChangePasswordPage = lazyPage(() => import('./pages/account/ChangePasswordPage'));
const PublicResultsPage = lazyPage(() => import('./pages/public/PublicResultsPage'));
const NotFoundPage = lazyPage(() => import('./pages/NotFoundPage'));

// A page's one Suspense boundary: lazyPage does not suspend, but a page that
// did would show the fallback here, inside the shell or outside it.
const page = (element: ReactNode) => <Suspense fallback={<PageFallback />}>{element}</Suspense>;

/** A route showing Page; its handle lets preloadLandingPage find the page's code. */
const pageRoute = (path: string, Page: LazyPage): RouteObject => ({ path, element: page(<Page />), handle: { page: Page } });

export const routes: RouteObject[] = [
  {
    element: (
      <ViewerProvider>
        <Outlet />
      </ViewerProvider>
    ),
    children: [
      pageRoute('/login', LoginPage),
      // 信息公开: anyone, no login.
      pageRoute('/public', PublicResultsPage),
      {
        element: (
          <RequireLogin>
            <AppShell />
          </RequireLogin>
        ),
        children: [
          { index: true, element: <Navigate to="/workbench" replace />, handle: { page: WorkbenchPage } },
          pageRoute('/workbench', WorkbenchPage),
          pageRoute('/calendar', CalendarPage),
          pageRoute('/rectifications', RectificationLedgerPage),
          pageRoute('/budget-links', BudgetLinkLedgerPage),
          pageRoute('/cockpit', CockpitPage),
          pageRoute('/comparison', ComparisonPage),
          pageRoute('/projects', ProjectListPage),
          pageRoute('/projects/new', ProjectCreatePage),
          pageRoute('/projects/:id', ProjectDetailPage),
          pageRoute('/projects/:id/edit', ProjectEditPage),
          pageRoute('/projects/:id/monitoring/new', MonitoringFormPage),
          pageRoute('/targets/new', TargetCreatePage),
          pageRoute('/targets/:id', TargetDetailPage),
          pageRoute('/targets/:id/edit', TargetEditPage),
          pageRoute('/reviews', ReviewQueuePage),
          pageRoute('/evaluations', EvaluationListPage),
          pageRoute('/evaluations/new', NewEvaluationPage),
          pageRoute('/evaluations/:id', EvaluationPage),
          pageRoute('/evaluations/:id/panel', ExpertPanelPage),
          pageRoute('/schemes', SchemesPage),
          pageRoute('/composites', CompositePage),
          pageRoute('/indicator-library', IndicatorLibraryPage),
          pageRoute('/organization', OrganizationPage),
          pageRoute('/users', UsersPage),
          pageRoute('/password', ChangePasswordPage),
          pageRoute('*', NotFoundPage),
        ],
      },
    ],
  },
];

/** Starts fetching the code of the page the browser opened on, beside the app's own (a failure shows when the page renders). */
export function preloadLandingPage(pathname: string): Promise<unknown> {
  const pages = (matchRoutes(routes, pathname) ?? []).map((match) => (match.route.handle as { page?: LazyPage } | undefined)?.page);
  return Promise.all(pages.map((page) => page?.preload().catch(() => undefined)));
}

export function createAppRouter() {
  return createBrowserRouter(routes);
}
