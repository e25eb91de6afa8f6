import { graphql } from '../../gql';

export const DrillDepartmentsQuery = graphql(`
  query DrillDepartments($region: String!, $fiscalYear: Int!) {
    departments(first: 100, where: { region: $region }, orderBy: { field: CODE, direction: ASC }) {
      edges {
        node {
          id
          code
          name
          sector
          projects(first: 0, where: { fiscalYear: $fiscalYear }) {
            totalCount
          }
          monitorings(first: 0, where: { fiscalYear: $fiscalYear, warningLevel: RED }) {
            totalCount
          }
        }
      }
    }
  }
`);

export const DrillProjectsQuery = graphql(`
  query DrillProjects($departmentId: ID!, $fiscalYear: Int!) {
    node(id: $departmentId) {
      __typename
      ... on Department {
        id
        name
      }
    }
    projects(first: 50, where: { departmentID: $departmentId, fiscalYear: $fiscalYear }, orderBy: { field: CODE, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          code
          name
          status
          category
          monitorings(first: 1, where: { fiscalYear: $fiscalYear }, orderBy: { field: MONTH, direction: DESC }) {
            edges {
              node {
                id
                month
                budget
                paidToDate
                warningLevel
              }
            }
          }
        }
      }
    }
  }
`);

export const DrillIndicatorsQuery = graphql(`
  query DrillIndicators($projectId: ID!) {
    node(id: $projectId) {
      __typename
      ... on Project {
        id
        code
        name
      }
    }
    indicators(
      first: 100
      where: { hasTargetWith: [{ projectID: $projectId, statusNEQ: SUPERSEDED }] }
      orderBy: { field: SORT_ORDER, direction: ASC }
    ) {
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
          actualValue
          actualLevel
          deviationReason
        }
      }
    }
  }
`);

export const DrillIndicatorHistoryQuery = graphql(`
  query DrillIndicatorHistory($indicatorId: ID!) {
    node(id: $indicatorId) {
      __typename
      ... on Indicator {
        id
        name
        comparator
        targetValue
        targetText
        unit
      }
    }
    indicatorProgresses(first: 50, where: { indicatorID: $indicatorId }) {
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
          monitoring {
            id
            fiscalYear
            month
            warningLevel
            correctiveAction
          }
        }
      }
    }
  }
`);

export const DrillNamesQuery = graphql(`
  query DrillNames($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Department {
        name
      }
      ... on Project {
        name
      }
      ... on Indicator {
        name
      }
    }
  }
`);

/** Level 1 of the drill-down: the regions the viewer sees departments in, with their figures of the year (one SQL statement on the server). */
/** A region's row at the drill-down's first level; shared with CockpitStart, whose regions the start-up script hands to DrillRegions. */
export const RegionFiguresFragment = graphql(`
  fragment RegionFigures on RegionStats {
    region
    departmentCount
    budget
    executionRate
    averageScore
  }
`);

export const DrillRegionsQuery = graphql(`
  query DrillRegions($fiscalYear: Int!) {
    regionStats(fiscalYear: $fiscalYear) {
      ...RegionFigures
    }
  }
`);
