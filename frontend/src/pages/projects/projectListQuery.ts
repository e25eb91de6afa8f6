import { graphql } from '../../gql';

export const ProjectListQuery = graphql(`
  query ProjectList($first: Int!, $after: Cursor, $where: ProjectWhereInput, $orderBy: ProjectOrder) {
    projects(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name
          fiscalYear
          endYear
          category
          sector
          status
          warningLevel
          keyProject
          department {
            id
            name
          }
          allocations(first: 20) {
            edges {
              node {
                id
                fiscalYear
                initialAmount
                adjustedAmount
              }
            }
          }
        }
      }
    }
  }
`);
