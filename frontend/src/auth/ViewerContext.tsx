import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from 'urql';
import type { ViewerQuery as ViewerQueryResult } from '../gql/graphql';
import { ViewerQuery } from './operations';

export type Viewer = NonNullable<ViewerQueryResult['viewer']>;

type ViewerState = { viewer: Viewer | null; loading: boolean };

const ViewerContext = createContext<ViewerState>({ viewer: null, loading: true });

/** Who is logged in (null when anonymous), asked once per client. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [{ data, fetching }] = useQuery({ query: ViewerQuery, requestPolicy: 'network-only' });
  const value: ViewerState = { viewer: data?.viewer ?? null, loading: fetching && !data };
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}

/** Roles that may create or change projects and targets (data rules are the server's). */
export function canEdit(viewer: Viewer | null): boolean {
  return viewer != null && ['FINANCE_ADMIN', 'FINANCE_REVIEWER', 'DEPARTMENT_USER'].includes(viewer.role);
}

/** Finance roles: review and approve targets, review and publish evaluations, rectifications, budget links. */
export function isFinance(viewer: Viewer | null): boolean {
  return viewer != null && ['FINANCE_ADMIN', 'FINANCE_REVIEWER'].includes(viewer.role);
}

/** Department users (and the administrator) declare targets, record monitoring and score self-evaluations. */
export function isDepartmentSide(viewer: Viewer | null): boolean {
  return viewer != null && ['FINANCE_ADMIN', 'DEPARTMENT_USER'].includes(viewer.role);
}
