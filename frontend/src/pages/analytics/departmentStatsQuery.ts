import { graphql } from '../../gql';

/**
 * The comparison table: one page of departmentStats, filtered, ordered and
 * ranked by the server; a name search finds rows keeping their ranks. The export reads every page of the same operation
 * (code is for the export's 部门编码 column; the rest is what the table shows).
 */
export const DepartmentStatsQuery = graphql(`
  query DepartmentStats($fiscalYear: Int!, $first: Int, $after: Cursor, $orderBy: DepartmentStatsOrder, $where: DepartmentStatsWhereInput, $search: String) {
    departmentStats(fiscalYear: $fiscalYear, first: $first, after: $after, orderBy: $orderBy, where: $where, search: $search) {
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

/** The comparison's region filter: the regions holding a department the viewer can see. */
export const ComparisonRegionsQuery = graphql(`
  query ComparisonRegions {
    regions {
      name
      departmentCount
    }
  }
`);
