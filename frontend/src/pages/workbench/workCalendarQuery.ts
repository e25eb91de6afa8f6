import { graphql } from '../../gql';

export const WorkCalendarQuery = graphql(`
  query WorkCalendar($fiscalYear: Int!, $region: String) {
    workCalendar(fiscalYear: $fiscalYear, region: $region) {
      kind
      start
      deadline
      month
      count
      ruleSetName
    }
  }
`);
