import { graphql } from '../../gql';

export const BudgetLinkLedgerQuery = graphql(`
  query BudgetLinkLedger($first: Int!, $after: Cursor, $where: BudgetLinkWhereInput, $orderBy: BudgetLinkOrder) {
    budgetLinks(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fiscalYear
          suggestion
          amount
          percent
          notify
          disclose
          accountability
          note
          updatedAt
          department {
            id
            name
          }
          evaluation {
            id
            kind
            fiscalYear
            totalScore
            grade
            project {
              id
              code
              name
            }
          }
        }
      }
    }
  }
`);
