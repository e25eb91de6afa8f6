import { useQuery } from 'urql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IndicatorTable } from '../../components/IndicatorTable';
import { DrillIndicatorsQuery } from './drillQueries';

/** Level 4: the indicators of a project's current targets; a click opens its monitoring history. */
export function IndicatorLevel({ projectId, onPick }: { projectId: string; onPick: (id: string) => void }) {
  const [{ data, error }] = useQuery({ query: DrillIndicatorsQuery, variables: { projectId } });
  const rows = (data?.indicators.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <>
      <ErrorAlert error={error} />
      <IndicatorTable indicators={rows} onSelect={(i) => onPick(i.id)} />
    </>
  );
}
