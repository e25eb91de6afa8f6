import { graphql } from '../../gql';

/** 信息公开: published results, readable without logging in. */
export const PublicResultsQuery = graphql(`
  query PublicResults($fiscalYear: Int!, $first: Int, $after: Cursor, $sector: Sector, $search: String, $departmentId: ID) {
    publicResults(fiscalYear: $fiscalYear, first: $first, after: $after, sector: $sector, search: $search, departmentId: $departmentId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fiscalYear
          kind
          departmentName
          sector
          projectCode
          projectName
          goal
          totalScore
          grade
          findings
          recommendations
          publishedAt
          budgetLinks {
            fiscalYear
            suggestion
            amount
            percent
          }
        }
      }
    }
  }
`);
