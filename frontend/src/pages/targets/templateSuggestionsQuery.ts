import { graphql } from '../../gql';

export const TemplateSuggestionsQuery = graphql(`
  query TemplateSuggestions($where: IndicatorTemplateWhereInput) {
    indicatorTemplates(first: 20, where: $where, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          unit
          comparator
          definition
        }
      }
    }
  }
`);
