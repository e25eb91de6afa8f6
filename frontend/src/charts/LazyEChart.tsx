import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './chartTypes';

const EChart = lazy(() => import('./EChart'));

/** A chart whose ECharts code is fetched on first use. */
export function LazyEChart(props: EChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height ?? 300 }} />}>
      <EChart {...props} />
    </Suspense>
  );
}
