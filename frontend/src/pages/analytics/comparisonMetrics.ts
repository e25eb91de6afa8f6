import { toFen } from '../../format/money';
import type { DepartmentStatsOrderField, RankingBarsQuery } from '../../gql/graphql';
import type { Translate } from '../../i18n/locale';

export type MetricKey = 'averageScore' | 'executionRate' | 'indicatorCompletionRate' | 'budget' | 'projectCount' | 'excellentCount' | 'redWarnings';

/** A department as the ranking bars read it (RankingBarsQuery). */
export type BarNode = NonNullable<NonNullable<NonNullable<RankingBarsQuery['departmentStats']['edges']>[number]>['node']>;

export type Metric = {
  key: MetricKey;
  label: string;
  /** What the server orders the bars by (highest first). */
  field: DepartmentStatsOrderField;
  /** A number for the bars; null when unknown (such departments get no bar). */
  value: (node: BarNode) => number | null;
  format: (n: number) => string;
};

const percent = (n: number) => `${(n * 100).toFixed(1)}%`;

export function comparisonMetrics(t: Translate): Metric[] {
  return [
    { key: 'averageScore', label: t('平均得分', 'Average score'), field: 'AVERAGE_SCORE', value: (r) => (r.averageScore == null ? null : Number(r.averageScore)), format: (n) => n.toFixed(2) },
    { key: 'executionRate', label: t('预算执行率', 'Execution rate'), field: 'EXECUTION_RATE', value: (r) => r.executionRate, format: percent },
    { key: 'indicatorCompletionRate', label: t('指标完成率', 'Indicator completion'), field: 'INDICATOR_COMPLETION_RATE', value: (r) => r.indicatorCompletionRate, format: percent },
    // 万元 for the axis only; the table and the export keep exact amounts.
    { key: 'budget', label: t('预算（万元）', 'Budget (10k yuan)'), field: 'BUDGET', value: (r) => Number(toFen(r.budget)) / 1_000_000, format: (n) => n.toFixed(2) },
    { key: 'projectCount', label: t('项目数', 'Projects'), field: 'PROJECT_COUNT', value: (r) => r.projectCount, format: String },
    { key: 'excellentCount', label: t('评价为优的项目', 'Rated excellent'), field: 'EXCELLENT_COUNT', value: (r) => r.gradeCounts.excellent, format: String },
    { key: 'redWarnings', label: t('红色预警项目', 'Red-warning projects'), field: 'RED_WARNINGS', value: (r) => r.redWarnings, format: String },
  ];
}
