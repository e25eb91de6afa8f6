import { useState } from 'react';
import { DEPARTMENT_STATS_PAGE_SIZE } from '../../api/limits';
import { useDataChanged } from '../../api/useDataChanged';
import { useAllPages } from '../../api/useAllPages';
import type { Grade, Sector } from '../../gql/graphql';
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
  rank: number;
  /** Rank change against the previous year (null when not ranked then). */
  rankChange: number | null;
};

/**
 * The department comparison for a fiscal year (departmentStats, ranked by
 * average score), the whole ranking in one request (more only past
 * DEPARTMENT_STATS_PAGE_SIZE departments) — read again whenever the server
 * says the figures changed (live).
 */
export function useDepartmentStats(fiscalYear: number) {
  const [refresh, setRefresh] = useState(0);
  const live = useDataChanged({ fiscalYear }, () => setRefresh((n) => n + 1));
  const { nodes, loading, error } = useAllPages(
    DepartmentStatsQuery,
    { fiscalYear, first: DEPARTMENT_STATS_PAGE_SIZE, after: null, orderBy: { field: 'AVERAGE_SCORE', direction: 'DESC' } },
    (d) => d.departmentStats,
    { refresh },
  );
  const rows = nodes?.map(
    (s): DepartmentStatsRow => ({
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
    }),
  );
  return { rows, loading, error, live };
}
