import { graphql } from '../../gql';

export const MonitoringFormQuery = graphql(`
  query MonitoringForm($projectId: ID!, $year: Int!) {
    node(id: $projectId) {
      __typename
      ... on Project {
        id
        code
        name
        fiscalYear
        endYear
        status
        warningLevel
        department {
          id
          name
          region
        }
      }
    }
    targets(first: 10, where: { projectID: $projectId, fiscalYear: $year, status: APPROVED }) {
      edges {
        node {
          id
          version
          indicators(first: 100, orderBy: { field: SORT_ORDER, direction: ASC }) {
            edges {
              node {
                id
                category
                subcategory
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
    allocations(first: 50, where: { projectID: $projectId, fiscalYear: $year }) {
      edges {
        node {
          id
          initialAmount
          adjustedAmount
        }
      }
    }
    monitorings(first: 12, where: { projectID: $projectId, fiscalYear: $year }, orderBy: { field: MONTH, direction: ASC }) {
      edges {
        node {
          id
          month
          warningLevel
          lockVersion
        }
      }
    }
  }
`);

export const RecordMonitoringMutation = graphql(`
  mutation RecordMonitoring($input: MonitoringInput!) {
    recordMonitoring(input: $input) {
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
      project {
        id
        warningLevel
      }
      progresses(first: 100) {
        edges {
          node {
            id
            warningLevel
            completedToDate
            completedLevel
            indicator {
              id
              name
            }
          }
        }
      }
    }
  }
`);
