import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { useDataChanged } from '../../api/useDataChanged';
import { CoverageQuery } from './coverageQuery';

type Args = {
  fiscalYear: number;
  departmentId?: string;
  region?: string;
  /** Holds the query back until the page's own figures are in, so that it never delays them. */
  pause?: boolean;
  /** The page's live figures: when they are read again (a new object), coverage is too — no second subscription. */
  refreshWith?: unknown;
  /** Without live figures to follow (refreshWith), listen for changes of this scope itself. */
  live?: boolean;
};

/**
 * Coverage of a scope (the whole city, a region, or a department with its
 * units) in a fiscal year and in the year before.
 */
export function useCoverage({ fiscalYear, departmentId, region, pause, refreshWith, live }: Args) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CoverageQuery,
    variables: { fiscalYear, previousYear: fiscalYear - 1, departmentId: departmentId ?? null, region: departmentId ? null : (region ?? null) },
    pause,
  });
  const seen = useRef(refreshWith);
  useEffect(() => {
    if (seen.current === refreshWith) return;
    const first = seen.current === undefined;
    seen.current = refreshWith;
    if (!first && !pause) reexecute({ requestPolicy: 'network-only' });
  }, [refreshWith, pause, reexecute]);
  useDataChanged({ fiscalYear, departmentId, region, pause: pause || !live }, () => reexecute({ requestPolicy: 'network-only' }));
  return { current: data?.current.coverage, previous: data?.previous.coverage, loading: (fetching || !!pause) && !data, error };
}
