import { graphql } from '../../gql';

/** The comparison's execution-against-score chart: departments counted per cell by the server, not one point each. */
export const ExecutionScoreGridQuery = graphql(`
  query ExecutionScoreGrid($fiscalYear: Int!, $where: DepartmentStatsWhereInput) {
    executionScoreGrid(fiscalYear: $fiscalYear, where: $where) {
      executionRateStep
      scoreStep
      departmentCount
      cells {
        executionRateFrom
        executionRateTo
        scoreFrom
        scoreTo
        departmentCount
      }
    }
  }
`);
