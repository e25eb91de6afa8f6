import type { Client } from 'urql';
import { fetchAllPages } from '../../api/fetchAllPages';
import { DEPARTMENT_STATS_PAGE_SIZE } from '../../api/limits';
import { DepartmentStatsCursorAtQuery } from '../../components/cursorAtQueries';
import { usePagedQuery } from '../../components/usePagedQuery';
import type { DepartmentStatsOrder, DepartmentStatsQuery as DepartmentStatsResult, DepartmentStatsWhereInput, Grade, Sector } from '../../gql/graphql';
import { DepartmentStatsQuery } from './departmentStatsQuery';

/** One department's row in the comparison. */
export type DepartmentStatsRow = {
  departmentId: string;
  code: string;
  name: string;
  region: string;
  sector: Sector;
  projectCount: number;
  /** Money (yuan string). */
  budget: string;
  paid: string;
  /** paid / budget, 0..n. */
  executionRate: number;
  indicatorCompletionRate: number;
  /** Decimal string; null when nothing was scored. */
  averageScore: string | null;
  gradeCounts: Record<Grade, number>;
  /** Projects whose latest monitoring is red. */
  redWarnings: number;
  /** The server's rank in the requested ordering (ties share a rank). */
  rank: number;
  /** Rank change against the previous year (null when not ranked then). */
  rankChange: number | null;
};

type Node = NonNullable<NonNullable<NonNullable<DepartmentStatsResult['departmentStats']['edges']>[number]>['node']>;

function toRow(s: Node): DepartmentStatsRow {
  return {
    departmentId: s.department.id,
    code: s.department.code,
    name: s.department.name,
    region: s.department.region,
    sector: s.department.sector,
    projectCount: s.projectCount,
    budget: s.budget,
    paid: s.paid,
    executionRate: s.executionRate,
    indicatorCompletionRate: s.indicatorCompletionRate,
    averageScore: s.averageScore ?? null,
    gradeCounts: { EXCELLENT: s.gradeCounts.excellent, GOOD: s.gradeCounts.good, FAIR: s.gradeCounts.fair, POOR: s.gradeCounts.poor },
    redWarnings: s.redWarnings,
    rank: s.rank,
    rankChange: s.change.rank ?? null,
  };
}

type Args = { fiscalYear: number; where: DepartmentStatsWhereInput | null; orderBy: DepartmentStatsOrder; search: string | null; pause?: boolean };

/**
 * One page of the comparison table (page and size in the URL), filtered,
 * ordered and ranked by the server: a page costs one page, however many
 * departments there are. A page jump asks departmentStatsCursorAt for the
 * cursor before it; its cursors are row numbers, the same under every filter
 * and ordering, so they are asked and kept without where / orderBy.
 */
export function useDepartmentStatsPage({ fiscalYear, where, orderBy, search, pause }: Args) {
  const list = usePagedQuery({
    query: DepartmentStatsQuery,
    variables: { fiscalYear, where, orderBy, search },
    connection: (d) => d.departmentStats,
    cursorAt: DepartmentStatsCursorAtQuery,
    cursorOf: (d) => d.departmentStatsCursorAt,
    cursorVariables: {},
    pause,
  });
  const rows = list.data?.departmentStats.edges?.flatMap((e) => (e?.node ? [toRow(e.node)] : []));
  return { ...list, rows };
}

/**
 * Every department the table's filters and search leave, in the table's order: the
 * export's pages of DEPARTMENT_STATS_PAGE_SIZE (one ranking statement each).
 * Throws the server's error.
 */
export async function fetchAllDepartmentStats(client: Client, { fiscalYear, where, orderBy, search }: Omit<Args, 'pause'>): Promise<DepartmentStatsRow[]> {
  const { nodes, error } = await fetchAllPages(client, DepartmentStatsQuery, { fiscalYear, first: DEPARTMENT_STATS_PAGE_SIZE, after: null, orderBy, where, search }, (d) => d.departmentStats);
  if (error) throw error;
  return nodes.map(toRow);
}
