import { graphql } from '../../gql';

export const IndicatorTemplatesQuery = graphql(`
  query IndicatorTemplates($first: Int!, $after: Cursor, $where: IndicatorTemplateWhereInput, $orderBy: IndicatorTemplateOrder) {
    indicatorTemplates(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          category
          subcategory
          name
          definition
          unit
          comparator
          sector
          keywords
        }
      }
    }
  }
`);
