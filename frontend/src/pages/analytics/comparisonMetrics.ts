import { toFen } from '../../format/money';
import type { Translate } from '../../i18n/locale';
import type { DepartmentStatsRow } from './useDepartmentStats';

export type MetricKey = 'averageScore' | 'executionRate' | 'indicatorCompletionRate' | 'budget' | 'projectCount' | 'excellentCount' | 'redWarnings';

export type Metric = {
  key: MetricKey;
  label: string;
  /** A number for ranking and charts; null when unknown. */
  value: (row: DepartmentStatsRow) => number | null;
  format: (n: number) => string;
};

const percent = (n: number) => `${(n * 100).toFixed(1)}%`;

export function comparisonMetrics(t: Translate): Metric[] {
  return [
    { key: 'averageScore', label: t('平均得分', 'Average score'), value: (r) => (r.averageScore == null ? null : Number(r.averageScore)), format: (n) => n.toFixed(2) },
    { key: 'executionRate', label: t('预算执行率', 'Execution rate'), value: (r) => r.executionRate, format: percent },
    { key: 'indicatorCompletionRate', label: t('指标完成率', 'Indicator completion'), value: (r) => r.indicatorCompletionRate, format: percent },
    // 万元 for the axis only; the table and the export keep exact amounts.
    { key: 'budget', label: t('预算（万元）', 'Budget (10k yuan)'), value: (r) => Number(toFen(r.budget)) / 1_000_000, format: (n) => n.toFixed(2) },
    { key: 'projectCount', label: t('项目数', 'Projects'), value: (r) => r.projectCount, format: String },
    { key: 'excellentCount', label: t('评价为优的项目', 'Rated excellent'), value: (r) => r.gradeCounts.EXCELLENT, format: String },
    { key: 'redWarnings', label: t('红色预警项目', 'Red-warning projects'), value: (r) => r.redWarnings, format: String },
  ];
}
