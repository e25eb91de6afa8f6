import { graphql } from '../../gql';

export const ComputedEvaluationsQuery = graphql(`
  query ComputedEvaluations($fiscalYear: Int!) {
    evaluations(first: 100, where: { fiscalYear: $fiscalYear, totalScoreNotNil: true }, orderBy: { field: TOTAL_SCORE, direction: DESC }) {
      edges {
        node {
          id
          kind
          scheme
          status
          totalScore
          grade
          project {
            id
            name
          }
          department {
            id
            name
          }
        }
      }
    }
  }
`);

export const EvaluationCompositeQuery = graphql(`
  query EvaluationComposite($parts: [EvaluationCompositePartInput!]!) {
    evaluationComposite(parts: $parts) {
      score
      grade
      parts {
        score
        share
        evaluation {
          id
          scheme
        }
      }
    }
  }
`);
