import { useStartupQuery } from '../api/startup/useStartupQuery';
import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from 'urql';
import type { CreateAction, ViewerQuery as ViewerQueryResult } from '../gql/graphql';
import { ViewerCreateActionsQuery, ViewerQuery } from './operations';

export type Viewer = NonNullable<ViewerQueryResult['viewer']>;

type ViewerState = {
  viewer: Viewer | null;
  loading: boolean;
  /** What the viewer may create, as the server decides it (Query.viewerCreateActions); empty until known. */
  creatable: readonly CreateAction[];
};

const ViewerContext = createContext<ViewerState>({ viewer: null, loading: true, creatable: [] });

/** Who is logged in (null when anonymous), asked once per client, and what they may create. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [{ data, fetching }] = useStartupQuery({ query: ViewerQuery, requestPolicy: 'network-only' });
  const viewer = data?.viewer ?? null;
  const [{ data: rights }] = useQuery({ query: ViewerCreateActionsQuery, pause: !viewer, requestPolicy: 'cache-and-network' });
  const value: ViewerState = { viewer, loading: fetching && !data, creatable: (viewer && rights?.viewerCreateActions) || [] };
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}

/** Whether the server lets the viewer create this kind of record (no role is consulted here). */
export function useMayCreate(action: CreateAction): boolean {
  return useContext(ViewerContext).creatable.includes(action);
}

/** Finance roles — for wording only (a page's title); what a viewer may do comes from the server. */
export function isFinance(viewer: Viewer | null): boolean {
  return viewer != null && ['FINANCE_ADMIN', 'FINANCE_REVIEWER'].includes(viewer.role);
}
