import { graphql } from '../../gql';

export const SchemeFieldsFragment = graphql(`
  fragment SchemeFields on EvaluationScheme {
    id
    code
    version
    name
    subject
    description
    lockVersion
    frozen
    points
    items {
      key
      parentKey
      code
      name
      method
      points
      share
      perIncident
      bands {
        from
        share
      }
      maxBonus
      maxPenalty
    }
  }
`);

export const EvaluationSchemesQuery = graphql(`
  query EvaluationSchemes {
    evaluationSchemes(first: 100, orderBy: { field: CODE }) {
      edges {
        node {
          ...SchemeFields
        }
      }
    }
  }
`);

export const CreateEvaluationSchemeMutation = graphql(`
  mutation CreateEvaluationScheme($input: CreateEvaluationSchemeInput!) {
    createEvaluationScheme(input: $input) {
      ...SchemeFields
    }
  }
`);

export const UpdateEvaluationSchemeMutation = graphql(`
  mutation UpdateEvaluationScheme($input: UpdateEvaluationSchemeInput!) {
    updateEvaluationScheme(input: $input) {
      ...SchemeFields
    }
  }
`);

export const NewEvaluationSchemeVersionMutation = graphql(`
  mutation NewEvaluationSchemeVersion($id: ID!) {
    newEvaluationSchemeVersion(id: $id) {
      ...SchemeFields
    }
  }
`);

export const PreviewEvaluationSchemeQuery = graphql(`
  query PreviewEvaluationScheme($schemeId: ID!, $inputs: [SchemeItemScoreInput!]!) {
    previewEvaluationScheme(schemeId: $schemeId, inputs: $inputs) {
      total
      scale
      total100
      grade
      vetoed
      items {
        key
        name
        level
        points
        score
        explanation
      }
    }
  }
`);

export const SchemeDataMetricsQuery = graphql(`
  query SchemeDataMetrics {
    schemeDataMetrics {
      code
      name
      source
    }
  }
`);
