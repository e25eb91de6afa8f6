import { graphql } from '../../gql';

export const OverviewQuery = graphql(`
  query Overview($fiscalYear: Int!, $departmentId: ID, $region: String) {
    overview(fiscalYear: $fiscalYear, departmentId: $departmentId, region: $region) {
      fiscalYear
      departmentCount
      projectCount
      budget
      paid
      executionRate
      timeProgress
      executionWarning
      evaluationCount
      averageScore
      redWarnings
      yellowWarnings
      overdueRectifications
      gradeCounts {
        excellent
        good
        fair
        poor
      }
      months {
        month
        paid
        paidToDate
        executionRate
        timeProgress
      }
    }
  }
`);
