import { graphql } from '../../../gql';

export const ProjectQuery = graphql(`
  query Project($id: ID!) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        code
        name
        fiscalYear
        endYear
        category
        sector
        status
        keyProject
        publicService
        description
        createdAt
        updatedAt
        viewerCanEdit
        lockVersion
        department {
          id
          name
          code
          region
        }
        assessments(first: 1, orderBy: { field: ASSESSED_AT, direction: DESC }) {
          edges {
            node {
              id
              conclusion
              assessedAt
              summary
            }
          }
        }
      }
    }
  }
`);
