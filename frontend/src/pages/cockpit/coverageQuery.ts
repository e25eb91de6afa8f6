import { graphql } from '../../gql';

/**
 * Coverage of a scope in a year and in the year before (year over year), in
 * one request. Asked for apart from the cockpit's first figures, after them.
 */
export const CoverageQuery = graphql(`
  query Coverage($fiscalYear: Int!, $previousYear: Int!, $departmentId: ID, $region: String) {
    current: overview(fiscalYear: $fiscalYear, departmentId: $departmentId, region: $region) {
      coverage {
        ...CoverageFigures
      }
    }
    previous: overview(fiscalYear: $previousYear, departmentId: $departmentId, region: $region) {
      coverage {
        ...CoverageFigures
      }
    }
  }

  fragment CoverageFigures on Coverage {
    totalBudget
    targetBudget
    targetBudgetShare
    selfEvaluationThreshold
    selfEvaluationDueCount
    selfEvaluatedCount
    selfEvaluationShare
    keyEvaluationBudget
    keyEvaluationBudgetShare
  }
`);
