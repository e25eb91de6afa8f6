import type { DepartmentRow } from './useDepartments';

/** The id of a department and of all units below it. */
export function departmentSubtree(rootId: string, departments: DepartmentRow[]): string[] {
  const children = new Map<string, string[]>();
  for (const d of departments) {
    if (!d.parentID) continue;
    children.set(d.parentID, [...(children.get(d.parentID) ?? []), d.id]);
  }
  const out: string[] = [];
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.includes(id)) continue;
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}
