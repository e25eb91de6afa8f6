import { graphql } from '../../gql';

export const EvaluationListQuery = graphql(`
  query EvaluationList($first: Int!, $after: Cursor, $where: EvaluationWhereInput, $orderBy: EvaluationOrder) {
    evaluations(first: $first, after: $after, where: $where, orderBy: $orderBy) {
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
          scheme
          status
          totalScore
          grade
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
          agency {
            id
            name
          }
        }
      }
    }
  }
`);

export const EvaluationFieldsFragment = graphql(`
  fragment EvaluationFields on Evaluation {
    id
    viewerActions
    fiscalYear
    kind
    scheme
    status
    totalScore
    grade
    lockVersion
    findings
    recommendations
    report
    publishedAt
    reopenedAt
    reopenReason
    updatedAt
    projectID
    departmentID
    project {
      id
      code
      name
    }
    department {
      id
      name
      region
    }
    agency {
      id
      name
    }
    ruleSet {
      id
      name
      version
    }
  }
`);

export const EvaluationQuery = graphql(`
  query Evaluation($id: ID!) {
    node(id: $id) {
      __typename
      ... on Evaluation {
        ...EvaluationFields
        scoreItems(first: 100, orderBy: { field: SORT_ORDER, direction: ASC }) {
          totalCount
          edges {
            node {
              ...ScoreItemFields
            }
          }
        }
      }
    }
  }
`);

export const ScoreItemFieldsFragment = graphql(`
  fragment ScoreItemFields on ScoreItem {
    id
    parentID
    level
    name
    weight
    method
    score
    explanation
    explanationEn
    sortOrder
    indicator {
      id
      category
      name
      comparator
      targetValue
      targetText
      unit
      weight
      actualValue
      actualLevel
      deviationReason
    }
  }
`);

/** The payments and budget of the evaluated project in the year, for the live self-evaluation preview. */
export const EvaluationFundingQuery = graphql(`
  query EvaluationFunding($projectId: ID!, $year: Int!) {
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

export const EvaluationPaidQuery = graphql(`
  query EvaluationPaid($projectId: ID!, $year: Int!, $first: Int!, $after: Cursor) {
    disbursements(first: $first, after: $after, where: { projectID: $projectId, fiscalYear: $year }) {
      edges {
        node {
          id
          amount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SelfEvaluationPreviewQuery = graphql(`
  query SelfEvaluationPreview($input: SelfEvaluationPreviewInput!) {
    selfEvaluationPreview(input: $input) {
      total
      grade
      executionScore
      flags
      categories {
        category
        points
        score
      }
      items {
        score
        explanation
        flags
      }
    }
  }
`);

export const ScorePreviewQuery = graphql(`
  query ScorePreview($input: ScorePreviewInput!) {
    scorePreview(input: $input) {
      score
      explanation
      flags
    }
  }
`);

export const GradeForQuery = graphql(`
  query GradeFor($score: Decimal!) {
    gradeFor(score: $score)
  }
`);

export const CreateEvaluationFromTemplateMutation = graphql(`
  mutation CreateEvaluationFromTemplate($input: NewEvaluationInput!) {
    createEvaluationFromTemplate(input: $input) {
      id
      status
    }
  }
`);

export const ScoreItemMutation = graphql(`
  mutation ScoreItem($id: ID!, $lockVersion: Int!, $input: ScoreItemInput!) {
    scoreItem(id: $id, lockVersion: $lockVersion, input: $input) {
      ...ScoreItemFields
      evaluation {
        id
        lockVersion
        status
        totalScore
        grade
      }
    }
  }
`);

export const RecordIndicatorActualMutation = graphql(`
  mutation RecordIndicatorActual($evaluationId: ID!, $lockVersion: Int!, $indicatorId: ID!, $input: IndicatorActualInput!) {
    recordIndicatorActual(evaluationID: $evaluationId, lockVersion: $lockVersion, indicatorID: $indicatorId, input: $input) {
      id
      lockVersion
      status
      totalScore
      grade
    }
  }
`);

export const ComputeEvaluationMutation = graphql(`
  mutation ComputeEvaluation($id: ID!, $lockVersion: Int!) {
    computeEvaluation(id: $id, lockVersion: $lockVersion) {
      ...EvaluationFields
    }
  }
`);

export const SaveEvaluationTextsMutation = graphql(`
  mutation SaveEvaluationTexts($id: ID!, $lockVersion: Int!, $input: EvaluationTextsInput!) {
    saveEvaluationTexts(id: $id, lockVersion: $lockVersion, input: $input) {
      ...EvaluationFields
    }
  }
`);

export const SubmitEvaluationMutation = graphql(`
  mutation SubmitEvaluation($id: ID!, $lockVersion: Int!) {
    submitEvaluation(id: $id, lockVersion: $lockVersion) {
      ...EvaluationFields
    }
  }
`);

export const ReturnEvaluationMutation = graphql(`
  mutation ReturnEvaluation($id: ID!, $lockVersion: Int!, $comments: String!) {
    returnEvaluation(id: $id, lockVersion: $lockVersion, comments: $comments) {
      ...EvaluationFields
    }
  }
`);

export const ReviewEvaluationMutation = graphql(`
  mutation ReviewEvaluation($id: ID!, $lockVersion: Int!) {
    reviewEvaluation(id: $id, lockVersion: $lockVersion) {
      ...EvaluationFields
    }
  }
`);

export const PublishEvaluationMutation = graphql(`
  mutation PublishEvaluation($id: ID!, $lockVersion: Int!) {
    publishEvaluation(id: $id, lockVersion: $lockVersion) {
      ...EvaluationFields
    }
  }
`);

/** Finance takes a published evaluation back to IN_PROGRESS, with a reason that is audited. */
export const ReopenEvaluationMutation = graphql(`
  mutation ReopenEvaluation($id: ID!, $lockVersion: Int!, $reason: String!) {
    reopenEvaluation(id: $id, lockVersion: $lockVersion, reason: $reason) {
      ...EvaluationFields
    }
  }
`);

export const EvaluationFollowUpQuery = graphql(`
  query EvaluationFollowUp($id: ID!) {
    rectifications(first: 50, where: { evaluationID: $id }, orderBy: { field: DEADLINE, direction: ASC }) {
      edges {
        node {
          ...RectificationFields
        }
      }
    }
    budgetLinks(first: 20, where: { evaluationID: $id }, orderBy: { field: FISCAL_YEAR, direction: DESC }) {
      edges {
        node {
          id
          fiscalYear
          suggestion
          amount
          percent
          notify
          disclose
          accountability
          note
          createdAt
        }
      }
    }
  }
`);

export const CreateBudgetLinkMutation = graphql(`
  mutation CreateBudgetLink($input: CreateBudgetLinkInput!) {
    createBudgetLink(input: $input) {
      id
    }
  }
`);

export const AgenciesQuery = graphql(`
  query Agencies {
    agencies(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
