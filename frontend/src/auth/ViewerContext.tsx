import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useClient, useQuery } from 'urql';
import { prefetchCockpit } from '../pages/cockpit/prefetchCockpit';
import type { ViewerQuery as ViewerQueryResult } from '../gql/graphql';
import { ViewerQuery } from './operations';

export type Viewer = NonNullable<ViewerQueryResult['viewer']>;

type ViewerState = { viewer: Viewer | null; loading: boolean };

const ViewerContext = createContext<ViewerState>({ viewer: null, loading: true });

/** Who is logged in (null when anonymous), asked once per client. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [{ data, fetching }] = useQuery({ query: ViewerQuery, requestPolicy: 'network-only' });
  const value: ViewerState = { viewer: data?.viewer ?? null, loading: fetching && !data };
  // The cockpit's data is asked for as soon as someone is known to be logged
  // in, beside the download of its code rather than after it.
  const client = useClient();
  const viewerId = data?.viewer?.id;
  useEffect(() => {
    if (viewerId && window.location.pathname === '/cockpit') prefetchCockpit(client, window.location.search);
  }, [client, viewerId]);
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
