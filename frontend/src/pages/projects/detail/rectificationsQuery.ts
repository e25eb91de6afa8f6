import { graphql } from '../../../gql';

export const ProjectRectificationsQuery = graphql(`
  query ProjectRectifications($projectId: ID!) {
    rectifications(
      first: 50
      where: { or: [{ hasEvaluationWith: [{ projectID: $projectId }] }, { hasMonitoringWith: [{ projectID: $projectId }] }] }
      orderBy: { field: DEADLINE, direction: ASC }
    ) {
      totalCount
      edges {
        node {
          ...RectificationFields
        }
      }
    }
  }
`);
