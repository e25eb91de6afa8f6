import { graphql } from '../../../gql';

export const ProjectTargetsQuery = graphql(`
  query ProjectTargets($projectId: ID!) {
    targets(first: 20, where: { projectID: $projectId }, orderBy: { field: FISCAL_YEAR, direction: DESC }) {
      totalCount
      edges {
        node {
          id
          fiscalYear
          term
          goal
          status
          version
          lockVersion
          revisable
          indicators(first: 100, orderBy: { field: SORT_ORDER, direction: ASC }) {
            totalCount
            edges {
              node {
                id
                category
                subcategory
                name
                comparator
                targetValue
                targetText
                unit
                weight
                standard
                baseline
                actualValue
                actualLevel
                deviationReason
              }
            }
          }
        }
      }
    }
  }
`);
