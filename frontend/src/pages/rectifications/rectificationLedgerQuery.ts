import { graphql } from '../../gql';

export const RectificationLedgerQuery = graphql(`
  query RectificationLedger($first: Int!, $after: Cursor, $where: RectificationWhereInput, $orderBy: RectificationOrder) {
    rectifications(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...RectificationFields
        }
      }
    }
  }
`);
