import { graphql } from '../../../gql';

export const ProjectAllocationsQuery = graphql(`
  query ProjectAllocations($projectId: ID!) {
    allocations(first: 50, where: { projectID: $projectId }, orderBy: { field: FISCAL_YEAR, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          fiscalYear
          initialAmount
          adjustedAmount
          fund {
            id
            name
            source
            level
          }
        }
      }
    }
  }
`);

export const ProjectDisbursementsQuery = graphql(`
  query ProjectDisbursements($projectId: ID!, $first: Int!, $after: Cursor) {
    disbursements(first: $first, after: $after, where: { projectID: $projectId }, orderBy: { field: PAID_ON, direction: ASC }) {
      edges {
        node {
          id
          paidOn
          amount
          fiscalYear
          month
          allocationID
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
