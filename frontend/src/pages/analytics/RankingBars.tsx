import { Empty, Skeleton } from 'antd';
import { LazyEChart } from '../../charts/LazyEChart';
import { useT } from '../../i18n/locale';
import type { BarNode, Metric } from './comparisonMetrics';

/** How many departments the bars show (the server's top by the metric). */
export const RANKING_BARS = 15;

export type Bar = { departmentId: string; name: string; region: string; value: number };

/** The bars in the server's order (best first), without the departments that have no value for the metric (no score yet). */
export function rankingBars(nodes: readonly BarNode[], metric: Metric): Bar[] {
  return nodes.flatMap((n) => {
    const value = metric.value(n);
    return value == null ? [] : [{ departmentId: n.department.id, name: n.department.name, region: n.department.region, value }];
  });
}

/** The top departments by one metric, best first, as horizontal bars; `nodes` is the server's answer (undefined while it loads). */
export function RankingBars({ nodes, metric, onPick }: { nodes: readonly BarNode[] | undefined; metric: Metric; onPick?: (bar: Bar) => void }) {
  const t = useT();
  if (!nodes) return <Skeleton.Node active style={{ width: '100%', height: 200 }} />;
  // ECharts draws a category axis bottom up: the best last, to stand on top.
  const bars = rankingBars(nodes, metric).reverse();
  if (bars.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`暂无可按${metric.label}排名的部门`, `No department has a ${metric.label} yet`)} />;
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 150, right: 48, top: 8, bottom: 24 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: bars.map((b) => b.name), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ type: 'bar', data: bars.map((b) => b.value), label: { show: true, position: 'right', formatter: (p: { value: number }) => metric.format(p.value) } }],
  };
  return (
    <LazyEChart
      option={option}
      height={Math.max(200, bars.length * 26 + 40)}
      ariaLabel={t(`按${metric.label}排名`, `Ranking by ${metric.label}`)}
      onClick={onPick ? (p) => onPick(bars[p.dataIndex]) : undefined}
    />
  );
}
