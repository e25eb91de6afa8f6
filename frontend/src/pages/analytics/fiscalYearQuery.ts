import { graphql } from '../../gql';

/** The latest fiscal year the viewer can see a scored evaluation for (a year "with results"), and, failing that, the latest year with projects. */
export const LatestFiscalYearQuery = graphql(`
  query LatestFiscalYear {
    evaluations(first: 1, where: { totalScoreNotNil: true }, orderBy: { field: FISCAL_YEAR, direction: DESC }) {
      edges {
        node {
          id
          fiscalYear
        }
      }
    }
    projects(first: 1, orderBy: { field: FISCAL_YEAR, direction: DESC }) {
      edges {
        node {
          id
          fiscalYear
        }
      }
    }
  }
`);
