import { graphql } from '../../../gql';

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {
    updateProject(id: $id, input: $input) {
      id
      code
      name
      fiscalYear
      endYear
      category
      sector
      keyProject
      publicService
      description
      updatedAt
      department {
        id
        name
      }
    }
  }
`);
