import { currentFiscalYear } from '../../format/date';
import type { LatestFiscalYearQuery } from '../../gql/graphql';

/** The latest year with results (a scored evaluation), else the latest with projects, else this year. */
export function latestYearOf(data: LatestFiscalYearQuery | undefined): number {
  return data?.evaluations.edges?.[0]?.node?.fiscalYear ?? data?.projects.edges?.[0]?.node?.fiscalYear ?? currentFiscalYear();
}
