import { graphql } from '../../gql';

export const UsersQuery = graphql(`
  query Users($first: Int!, $after: Cursor, $where: UserWhereInput) {
    users(first: $first, after: $after, where: $where, orderBy: { field: USERNAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          username
          displayName
          role
          active
          lockedUntil
          failedLogins
          mustChangePassword
          department {
            id
            name
          }
          agency {
            id
            name
          }
        }
      }
    }
  }
`);
