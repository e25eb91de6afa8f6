import { graphql } from '../../gql';

export const PanelItemFieldsFragment = graphql(`
  fragment PanelItemFields on PanelItem {
    scoreItem {
      id
      name
      weight
      score
    }
    scores {
      id
      score
      note
      lockVersion
      expert {
        id
        name
      }
    }
    aggregate
    spread
    missing {
      id
      name
    }
  }
`);

export const ExpertPanelQuery = graphql(`
  query ExpertPanel($id: ID!) {
    node(id: $id) {
      ... on Evaluation {
        id
        fiscalYear
        status
        viewerActions
        project {
          id
          name
        }
        department {
          id
          name
        }
        experts(first: 50) {
          edges {
            node {
              id
              name
              specialty
            }
          }
        }
      }
    }
    expertPanel(evaluationId: $id) {
      ...PanelItemFields
    }
  }
`);

export const ScoreAsExpertMutation = graphql(`
  mutation ScoreAsExpert($input: ExpertScoreInput!) {
    scoreAsExpert(input: $input) {
      ...PanelItemFields
    }
  }
`);
