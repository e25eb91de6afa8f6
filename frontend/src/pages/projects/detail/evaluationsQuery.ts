import { graphql } from '../../../gql';

export const ProjectEvaluationsQuery = graphql(`
  query ProjectEvaluations($projectId: ID!) {
    evaluations(first: 20, where: { projectID: $projectId }, orderBy: { field: FISCAL_YEAR, direction: DESC }) {
      totalCount
      edges {
        node {
          id
          fiscalYear
          kind
          status
          viewerActions
          totalScore
          grade
          findings
          recommendations
          publishedAt
          agency {
            id
            name
          }
          ruleSet {
            id
            name
            version
          }
          scoreItems(first: 100, orderBy: { field: SORT_ORDER, direction: ASC }) {
            edges {
              node {
                id
                parentID
                name
                level
                weight
                method
                score
                explanation
                explanationEn
              }
            }
          }
        }
      }
    }
  }
`);
