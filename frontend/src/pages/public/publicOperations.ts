import { graphql } from '../../gql';

/** 信息公开: published results, readable without logging in. */
export const PublicResultsQuery = graphql(`
  query PublicResults($fiscalYear: Int!, $first: Int, $after: Cursor, $sector: Sector, $search: String, $departmentId: ID) {
    publicResults(fiscalYear: $fiscalYear, first: $first, after: $after, sector: $sector, search: $search, departmentId: $departmentId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fiscalYear
          kind
          departmentName
          sector
          projectCode
          projectName
          goal
          totalScore
          grade
          findings
          recommendations
          publishedAt
          budgetLinks {
            fiscalYear
            suggestion
            amount
            percent
          }
        }
      }
    }
  }
`);

/** 信息公开: the departments with something published in a year, to filter by. */
export const PublicDepartmentsQuery = graphql(`
  query PublicDepartments($fiscalYear: Int!) {
    publicDepartments(fiscalYear: $fiscalYear) {
      id
      code
      name
      sector
    }
  }
`);

/** 信息公开: the approved (published) targets of a year with their indicators. */
export const PublicTargetsQuery = graphql(`
  query PublicTargets($fiscalYear: Int!, $first: Int, $after: Cursor, $sector: Sector, $search: String, $departmentId: ID) {
    publicTargets(fiscalYear: $fiscalYear, first: $first, after: $after, sector: $sector, search: $search, departmentId: $departmentId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fiscalYear
          departmentCode
          departmentName
          sector
          projectCode
          projectName
          goal
          approvedAmount
          indicators {
            category
            subcategory
            name
            comparator
            targetValue
            targetText
            unit
          }
          evidence {
            name
            size
            sha256
            url
          }
        }
      }
    }
  }
`);
