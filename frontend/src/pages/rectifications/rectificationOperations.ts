import { graphql } from '../../gql';

export const RectificationFieldsFragment = graphql(`
  fragment RectificationFields on Rectification {
    id
    problem
    requiredAction
    deadline
    status
    overdue
    lockVersion
    viewerActions
    completionNote
    completedAt
    department {
      id
      name
    }
    evaluation {
      id
      kind
      fiscalYear
    }
    monitoring {
      id
      fiscalYear
      month
    }
  }
`);

export const StartRectificationMutation = graphql(`
  mutation StartRectification($id: ID!, $lockVersion: Int!, $note: String) {
    startRectification(id: $id, lockVersion: $lockVersion, note: $note) {
      ...RectificationFields
    }
  }
`);

export const CompleteRectificationMutation = graphql(`
  mutation CompleteRectification($id: ID!, $lockVersion: Int!, $note: String!) {
    completeRectification(id: $id, lockVersion: $lockVersion, note: $note) {
      ...RectificationFields
    }
  }
`);

export const CreateRectificationMutation = graphql(`
  mutation CreateRectification($input: CreateRectificationInput!) {
    createRectification(input: $input) {
      ...RectificationFields
    }
  }
`);
