import { Empty } from 'antd';
import { LazyEChart } from '../../charts/LazyEChart';
import { useT } from '../../i18n/locale';
import type { Metric } from './comparisonMetrics';
import type { DepartmentStatsRow } from './useDepartmentStats';

/** Departments ranked by one metric, best first (top 15), as horizontal bars. */
export function RankingBars({ rows, metric, onPick }: { rows: DepartmentStatsRow[]; metric: Metric; onPick?: (departmentId: string) => void }) {
  const t = useT();
  const ranked = rows
    .map((r) => ({ row: r, v: metric.value(r) }))
    .filter((x): x is { row: DepartmentStatsRow; v: number } => x.v != null)
    .sort((a, b) => b.v - a.v)
    .slice(0, 15)
    .reverse();
  if (ranked.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`暂无可按${metric.label}排名的部门`, `No department has a ${metric.label} yet`)} />;
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 150, right: 48, top: 8, bottom: 24 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: ranked.map((x) => x.row.name), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ type: 'bar', data: ranked.map((x) => x.v), label: { show: true, position: 'right', formatter: (p: { value: number }) => metric.format(p.value) } }],
  };
  return (
    <LazyEChart
      option={option}
      height={Math.max(200, ranked.length * 26 + 40)}
      ariaLabel={t(`按${metric.label}排名`, `Ranking by ${metric.label}`)}
      onClick={onPick ? (p) => onPick(ranked[p.dataIndex].row.departmentId) : undefined}
    />
  );
}
