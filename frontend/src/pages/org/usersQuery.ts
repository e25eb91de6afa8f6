import { graphql } from '../../gql';

export const UsersQuery = graphql(`
  query Users($first: Int!, $after: Cursor, $where: UserWhereInput, $orderBy: UserOrder) {
    users(first: $first, after: $after, where: $where, orderBy: $orderBy) {
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
