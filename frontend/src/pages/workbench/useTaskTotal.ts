import { useQuery } from 'urql';
import type { TaskKind } from '../../gql/graphql';
import { MyTasksQuery } from './myTasksQuery';

export type TaskCount = { kind: TaskKind; count: number; overdue: number };

/**
 * The viewer's to-dos for the menu, from the one myTasks query the workbench
 * also reads (urql shares it): the totals for 工作台 and the kinds themselves,
 * which the menu shows as badges on the entries where they are done.
 */
export function useTaskTotal(): { total: number; overdue: number; tasks: readonly TaskCount[] } {
  const [{ data }] = useQuery({ query: MyTasksQuery });
  const tasks = (data?.myTasks ?? []).filter((x) => x.count > 0);
  return { total: tasks.reduce((n, x) => n + x.count, 0), overdue: tasks.reduce((n, x) => n + x.overdue, 0), tasks };
}

/** The menu entry (first path segment) where each kind of to-do is done. */
export const menuKeyOfTask: Record<TaskKind, string> = {
  TARGETS_TO_REVIEW: 'reviews',
  TARGETS_TO_REVISE: 'reviews',
  TARGETS_TO_SUBMIT: 'reviews',
  MONITORING_DUE: 'projects',
  EVALUATIONS_TO_SCORE: 'evaluations',
  EVALUATIONS_TO_REVIEW: 'evaluations',
  RECTIFICATIONS_PENDING: 'rectifications',
};
