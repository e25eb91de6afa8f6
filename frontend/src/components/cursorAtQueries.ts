import { graphql } from '../gql';

// The cursor of row `position` of a list, to open page n without the pages before it.
export const ProjectsCursorAtQuery = graphql(`
  query ProjectsCursorAt($position: Int!, $where: ProjectWhereInput, $orderBy: ProjectOrder) {
    projectsCursorAt(position: $position, where: $where, orderBy: $orderBy)
  }
`);

export const TargetsCursorAtQuery = graphql(`
  query TargetsCursorAt($position: Int!, $where: TargetWhereInput, $orderBy: TargetOrder) {
    targetsCursorAt(position: $position, where: $where, orderBy: $orderBy)
  }
`);

export const EvaluationsCursorAtQuery = graphql(`
  query EvaluationsCursorAt($position: Int!, $where: EvaluationWhereInput, $orderBy: EvaluationOrder) {
    evaluationsCursorAt(position: $position, where: $where, orderBy: $orderBy)
  }
`);

export const UsersCursorAtQuery = graphql(`
  query UsersCursorAt($position: Int!, $where: UserWhereInput, $orderBy: UserOrder) {
    usersCursorAt(position: $position, where: $where, orderBy: $orderBy)
  }
`);

export const IndicatorTemplatesCursorAtQuery = graphql(`
  query IndicatorTemplatesCursorAt($position: Int!, $where: IndicatorTemplateWhereInput, $orderBy: IndicatorTemplateOrder) {
    indicatorTemplatesCursorAt(position: $position, where: $where, orderBy: $orderBy)
  }
`);

// departmentStats' cursors are row numbers, the same under every filter and
// ordering: the server needs only the position (and runs no SQL for it).
export const DepartmentStatsCursorAtQuery = graphql(`
  query DepartmentStatsCursorAt($position: Int!) {
    departmentStatsCursorAt(position: $position)
  }
`);
