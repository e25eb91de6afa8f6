import { compareDecimals } from '../../format/decimal';
import { toFen } from '../../format/money';

/** What the ledger can be sorted by (the URL's ?sort=<key>.<asc|desc>). */
export const BUDGET_LINK_SORTS = ['year', 'department', 'score', 'amount'] as const;
export type BudgetLinkSortKey = (typeof BUDGET_LINK_SORTS)[number];

export type SortableLink = {
  id: string;
  fiscalYear: number;
  amount?: string | null;
  department: { name: string };
  evaluation: { totalScore?: string | null };
};

/** Parses ?sort=, defaulting to the budget year, latest first. */
export function parseSort(value: string | null): { key: BudgetLinkSortKey; desc: boolean } {
  const [key, dir] = (value ?? '').split('.');
  if ((BUDGET_LINK_SORTS as readonly string[]).includes(key)) return { key: key as BudgetLinkSortKey, desc: dir === 'desc' };
  return { key: 'year', desc: true };
}

const byKey: Record<BudgetLinkSortKey, (a: SortableLink, b: SortableLink) => number> = {
  year: (a, b) => a.fiscalYear - b.fiscalYear,
  department: (a, b) => a.department.name.localeCompare(b.department.name, 'zh-CN'),
  score: (a, b) => compareNullable(a.evaluation.totalScore, b.evaluation.totalScore, compareDecimals),
  amount: (a, b) => compareNullable(a.amount, b.amount, (x, y) => (toFen(x) < toFen(y) ? -1 : toFen(x) > toFen(y) ? 1 : 0)),
};

// Rows without a value go last whatever the direction: "—" is not a smallest value.
function compareNullable(a: string | null | undefined, b: string | null | undefined, cmp: (x: string, y: string) => number): number {
  if (a == null && b == null) return 0;
  if (a == null) return Number.POSITIVE_INFINITY;
  if (b == null) return Number.NEGATIVE_INFINITY;
  return cmp(a, b);
}

/** The rows in the ledger's order (ties broken by id, so the order is stable across reloads). */
export function sortLinks<T extends SortableLink>(rows: readonly T[], key: BudgetLinkSortKey, desc: boolean): T[] {
  return [...rows].sort((a, b) => {
    const c = byKey[key](a, b);
    if (c === Number.POSITIVE_INFINITY || c === Number.NEGATIVE_INFINITY) return c > 0 ? 1 : -1;
    if (c !== 0) return desc ? -c : c;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
