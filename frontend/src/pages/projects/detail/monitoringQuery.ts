import { graphql } from '../../../gql';

export const ProjectMonitoringQuery = graphql(`
  query ProjectMonitoring($projectId: ID!) {
    monitorings(first: 50, where: { projectID: $projectId }, orderBy: { field: MONTH, direction: DESC }) {
      totalCount
      edges {
        node {
          id
          fiscalYear
          month
          periodKind
          budget
          paidToDate
          timeProgress
          executionRate
          warningLevel
          correctiveAction
          recommendation
          note
          progresses(first: 100) {
            edges {
              node {
                id
                completedToDate
                completedLevel
                expectedFullYear
                reason
                reasonText
                likelihood
                warningLevel
                indicator {
                  id
                  name
                  comparator
                  targetValue
                  targetText
                  unit
                }
              }
            }
          }
        }
      }
    }
  }
`);
