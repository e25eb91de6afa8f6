import { useQuery } from 'urql';
import { MyTasksQuery } from './myTasksQuery';

/** How many to-dos wait for the viewer, and how many are overdue (for the menu badge). */
export function useTaskTotal(): { total: number; overdue: number } {
  const [{ data }] = useQuery({ query: MyTasksQuery });
  const tasks = data?.myTasks ?? [];
  return { total: tasks.reduce((n, x) => n + x.count, 0), overdue: tasks.reduce((n, x) => n + x.overdue, 0) };
}
