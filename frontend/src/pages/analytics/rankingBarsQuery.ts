import { graphql } from '../../gql';

/** The comparison's ranking bars: the top departments by one metric (orderBy), with that metric's values only. */
export const RankingBarsQuery = graphql(`
  query RankingBars($fiscalYear: Int!, $first: Int, $orderBy: DepartmentStatsOrder, $where: DepartmentStatsWhereInput) {
    departmentStats(fiscalYear: $fiscalYear, first: $first, orderBy: $orderBy, where: $where) {
      edges {
        node {
          department {
            id
            name
            region
          }
          averageScore
          executionRate
          indicatorCompletionRate
          budget
          projectCount
          gradeCounts {
            excellent
          }
          redWarnings
        }
      }
    }
  }
`);
