import { currentFiscalYear } from '../../format/date';
import type { LatestFiscalYearQuery } from '../../gql/graphql';

/** The year the server says dashboards open on (the latest with results the viewer can see); this year until it has answered. */
export function latestYearOf(data: LatestFiscalYearQuery | undefined): number {
  return data?.latestFiscalYear ?? currentFiscalYear();
}
