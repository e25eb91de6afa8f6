import { useStartupQuery } from '../../api/startup/useStartupQuery';
import { useDataChanged } from '../../api/useDataChanged';
import type { OverviewQuery as Result } from '../../gql/graphql';
import { OverviewQuery } from './overviewQuery';

export type Overview = Result['overview'];
export type OverviewMonth = Overview['months'][number];

/**
 * The cockpit totals of a fiscal year: the whole city, a region, or a
 * department with its subordinate units — read again whenever the server says
 * they changed (live: the subscription is open).
 */
export function useOverview(args: { fiscalYear: number; departmentId?: string; region?: string; pause?: boolean }) {
  const [{ data, fetching, error }, reexecute] = useStartupQuery({
    query: OverviewQuery,
    variables: { fiscalYear: args.fiscalYear, departmentId: args.departmentId ?? null, region: args.departmentId ? null : (args.region ?? null) },
    pause: args.pause,
  });
  const live = useDataChanged(args, () => reexecute({ requestPolicy: 'network-only' }));
  return { data: data?.overview, fetching: fetching && !data, error, live };
}
