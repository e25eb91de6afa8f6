import { graphql } from '../../gql';

/** The fiscal year dashboards open on, decided by the server (latestFiscalYear: the latest year the viewer can see results for). */
export const LatestFiscalYearQuery = graphql(`
  query LatestFiscalYear {
    latestFiscalYear
  }
`);
