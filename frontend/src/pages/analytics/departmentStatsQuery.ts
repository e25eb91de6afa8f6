import { graphql } from '../../gql';

export const DepartmentStatsQuery = graphql(`
  query DepartmentStats($fiscalYear: Int!, $first: Int, $after: Cursor, $orderBy: DepartmentStatsOrder) {
    departmentStats(fiscalYear: $fiscalYear, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          department {
            id
            code
            name
            region
            sector
          }
          projectCount
          budget
          paid
          executionRate
          indicatorCompletionRate
          averageScore
          gradeCounts {
            excellent
            good
            fair
            poor
          }
          redWarnings
          rank
          change {
            rank
          }
        }
      }
    }
  }
`);
