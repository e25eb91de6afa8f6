import { graphql } from '../../../gql';

export const CreateProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
      code
      name
    }
  }
`);
