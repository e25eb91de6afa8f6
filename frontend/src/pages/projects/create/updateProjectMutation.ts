import { graphql } from '../../../gql';

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($id: ID!, $lockVersion: Int!, $input: UpdateProjectInput!) {
    updateProject(id: $id, lockVersion: $lockVersion, input: $input) {
      id
      lockVersion
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
