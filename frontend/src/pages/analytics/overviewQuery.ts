import { graphql } from '../../gql';

/** What the cockpit shows of an overview; shared with CockpitStart, whose overview the start-up script hands to this query. */
export const OverviewFiguresFragment = graphql(`
  fragment OverviewFigures on Overview {
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
`);

export const OverviewQuery = graphql(`
  query Overview($fiscalYear: Int!, $departmentId: ID, $region: String) {
    overview(fiscalYear: $fiscalYear, departmentId: $departmentId, region: $region) {
      ...OverviewFigures
    }
  }
`);
