import { graphql } from '../../gql';

/** 自评与财政评价: departments ranked by the mean gap (self − finance), with their projects. */
export const SelfFinanceGapsQuery = graphql(`
  query SelfFinanceGaps($fiscalYear: Int!, $region: String) {
    selfFinanceGaps(fiscalYear: $fiscalYear, region: $region) {
      rank
      department {
        id
        name
        region
      }
      projectCount
      selfAverage
      financeAverage
      gap
      flagged
      projects {
        project {
          id
          code
          name
        }
        selfScore
        financeScore
        gap
      }
    }
  }
`);
