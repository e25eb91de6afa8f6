import { graphql } from '../gql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      username
      displayName
      role
      mustChangePassword
      department {
        id
        name
        region
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        id
        displayName
        role
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const ViewerCreateActionsQuery = graphql(`
  query ViewerCreateActions {
    viewerCreateActions
  }
`);
