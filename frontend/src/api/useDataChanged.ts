import { useEffect, useRef, useState } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '../gql';

const DataChangedSubscription = graphql(`
  subscription DataChanged($fiscalYear: Int!, $departmentId: ID, $region: String) {
    dataChanged(fiscalYear: $fiscalYear, departmentId: $departmentId, region: $region) {
      fingerprint
      initial
    }
  }
`);

/**
 * Live figures: the server tells an open page when the figures of its scope
 * change (subscription dataChanged), and `onChange` reads them again. Returns
 * whether the page is live (the subscription's first notice arrived).
 */
export function useDataChanged(args: { fiscalYear: number; departmentId?: string | null; region?: string | null; pause?: boolean }, onChange: () => void): boolean {
  const [live, setLive] = useState(false);
  const latest = useRef(onChange);
  latest.current = onChange;
  const [{ data }] = useSubscription({
    query: DataChangedSubscription,
    variables: { fiscalYear: args.fiscalYear, departmentId: args.departmentId ?? null, region: args.departmentId ? null : (args.region ?? null) },
    pause: args.pause,
  });
  const fingerprint = data?.dataChanged.fingerprint;
  const initial = data?.dataChanged.initial;
  useEffect(() => {
    if (!fingerprint) return;
    setLive(true);
    if (!initial) latest.current();
  }, [fingerprint, initial]);
  return live;
}
