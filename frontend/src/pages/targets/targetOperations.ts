import { graphql } from '../../gql';

export const TargetProjectQuery = graphql(`
  query TargetProject($id: ID!) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        code
        name
        fiscalYear
        sector
        publicService
        department {
          id
          name
          region
        }
      }
    }
  }
`);

export const ProjectSearchQuery = graphql(`
  query ProjectSearch($q: String!, $where: [ProjectWhereInput!]) {
    projects(first: 20, where: { or: [{ nameContainsFold: $q }, { codeContainsFold: $q }], and: $where }, orderBy: { field: CODE, direction: ASC }) {
      edges {
        node {
          id
          code
          name
          fiscalYear
          department {
            id
            name
          }
        }
      }
    }
  }
`);

/** What a target page shows, and what the editor needs to revise a target. */
export const TargetFieldsFragment = graphql(`
  fragment TargetFields on Target {
    id
    fiscalYear
    term
    goal
    requestedAmount
    approvedAmount
    status
    version
    lockVersion
    createdAt
    updatedAt
    project {
      id
      code
      name
      fiscalYear
      sector
      publicService
    }
    department {
      id
      name
      region
    }
    submittedBy {
      id
      displayName
    }
    predecessor {
      id
      version
      status
    }
    successor {
      id
      version
      status
    }
    revisable
    adjustable
    viewerActions
    reviewChecks {
      code
      passed
      severity
      message
    }
    indicators(first: 100, orderBy: { field: SORT_ORDER, direction: ASC }) {
      totalCount
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
          weight
          standard
          baseline
          standardValue
          actualValue
          actualLevel
          deviationReason
          sortOrder
          templateID
        }
      }
    }
  }
`);

export const TargetQuery = graphql(`
  query Target($id: ID!) {
    node(id: $id) {
      __typename
      ... on Target {
        ...TargetFields
        reviews(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
          edges {
            node {
              id
              decision
              grade
              comments
              createdAt
              reviewer {
                id
                displayName
              }
            }
          }
        }
      }
    }
  }
`);

export const DeclareTargetMutation = graphql(`
  mutation DeclareTarget($input: CreateTargetInput!, $indicators: [DeclaredIndicatorInput!]!) {
    declareTarget(input: $input, indicators: $indicators) {
      ...TargetFields
    }
  }
`);

export const ReviseTargetMutation = graphql(`
  mutation ReviseTarget($id: ID!, $lockVersion: Int!, $input: UpdateTargetInput!, $indicators: [DeclaredIndicatorInput!]!) {
    reviseTarget(id: $id, lockVersion: $lockVersion, input: $input, indicators: $indicators) {
      ...TargetFields
    }
  }
`);

export const SubmitTargetMutation = graphql(`
  mutation SubmitTarget($id: ID!, $lockVersion: Int!) {
    submitTarget(id: $id, lockVersion: $lockVersion) {
      id
      status
      lockVersion
    }
  }
`);

export const ApproveTargetMutation = graphql(`
  mutation ApproveTarget($id: ID!, $lockVersion: Int!, $grade: Grade!, $comments: String, $acknowledgeWarnings: Boolean, $approvedAmount: Money) {
    approveTarget(id: $id, lockVersion: $lockVersion, grade: $grade, comments: $comments, acknowledgeWarnings: $acknowledgeWarnings, approvedAmount: $approvedAmount) {
      id
      status
      lockVersion
      approvedAmount
    }
  }
`);

/** The project's allocations of the target's year: what the approved amount may not go below. */
export const TargetAllocationsQuery = graphql(`
  query TargetAllocations($projectId: ID!, $year: Int!) {
    allocations(first: 50, where: { projectID: $projectId, fiscalYear: $year }) {
      edges {
        node {
          id
          initialAmount
          adjustedAmount
        }
      }
    }
  }
`);

export const ReturnTargetMutation = graphql(`
  mutation ReturnTarget($id: ID!, $lockVersion: Int!, $comments: String!, $grade: Grade) {
    returnTarget(id: $id, lockVersion: $lockVersion, comments: $comments, grade: $grade) {
      id
      status
      lockVersion
    }
  }
`);

export const AdjustTargetMutation = graphql(`
  mutation AdjustTarget($id: ID!, $lockVersion: Int!) {
    adjustTarget(id: $id, lockVersion: $lockVersion) {
      id
      status
      version
      lockVersion
    }
  }
`);

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($first: Int!, $after: Cursor, $where: TargetWhereInput) {
    targets(first: $first, after: $after, where: $where, orderBy: { field: UPDATED_AT, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fiscalYear
          term
          status
          version
          lockVersion
          viewerActions
          updatedAt
          project {
            id
            code
            name
          }
          department {
            id
            name
          }
          submittedBy {
            id
            displayName
          }
          reviewChecks {
            code
            passed
            severity
          }
        }
      }
    }
  }
`);
