import { SERVER_MAX_PAGE_SIZE } from '../api/limits';
import { useMemo } from 'react';
import type { AllDepartmentsQuery as Result } from '../gql/graphql';
import { useAllPages } from '../api/useAllPages';
import { AllDepartmentsQuery } from './departments';

export type DepartmentRow = NonNullable<NonNullable<NonNullable<Result['departments']['edges']>[number]>['node']>;
export type DepartmentTreeNode = DepartmentRow & { children: DepartmentTreeNode[] };

/** Builds the department tree from parentID; a unit whose parent is not visible becomes a root. */
export function buildDepartmentTree(rows: DepartmentRow[]): DepartmentTreeNode[] {
  const byId = new Map<string, DepartmentTreeNode>(rows.map((r) => [r.id, { ...r, children: [] }]));
  const roots: DepartmentTreeNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentID ? byId.get(node.parentID) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Every department the viewer may see, as a list and as a tree. */
export function useDepartments() {
  const { nodes, error, loading } = useAllPages(AllDepartmentsQuery, { first: SERVER_MAX_PAGE_SIZE, after: null }, (d) => d.departments);
  const tree = useMemo(() => (nodes ? buildDepartmentTree(nodes) : []), [nodes]);
  const byId = useMemo(() => new Map((nodes ?? []).map((d) => [d.id, d])), [nodes]);
  return { departments: nodes ?? [], tree, byId, error, loading };
}
