import { graphql } from '../gql';

export const AllDepartmentsQuery = graphql(`
  query AllDepartments($first: Int!, $after: Cursor) {
    departments(first: $first, after: $after, orderBy: { field: CODE, direction: ASC }) {
      edges {
        node {
          id
          code
          name
          kind
          region
          sector
          headcount
          parentID
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
