import { graphql } from '../../gql';

export const LatestFiscalYearQuery = graphql(`
  query LatestFiscalYear {
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
