import { LazyEChart } from '../../charts/LazyEChart';
import type { WarningLevel } from '../../gql/graphql';
import { useT } from '../../i18n/locale';

// The gauge takes the colour of the execution warning the server computed
// (its rule set's thresholds); no warning (no budget) is green.
const COLORS: Record<WarningLevel, string> = { RED: '#cf1322', YELLOW: '#d48806', GREEN: '#389e0d', BLUE: '#389e0d' };

/** Budget execution rate against time progress (序时进度), as a gauge with the time mark. */
export function ExecutionGauge({ executionRate, timeProgress, warning }: { executionRate: number; timeProgress: number; warning: WarningLevel | null | undefined }) {
  const t = useT();
  const pct = Math.round(executionRate * 1000) / 10;
  const time = Math.round(timeProgress * 1000) / 10;
  const color = COLORS[warning ?? 'GREEN'];
  const option = {
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 100,
        radius: '90%',
        center: ['50%', '55%'],
        progress: { show: true, width: 14, itemStyle: { color } },
        axisLine: { lineStyle: { width: 14, color: [[Math.min(timeProgress, 1), '#d9d9d9'], [1, '#f0f0f0']] } },
        axisTick: { show: false },
        splitLine: { length: 6, distance: 2 },
        axisLabel: { distance: 18, fontSize: 10 },
        pointer: { show: false },
        anchor: { show: false },
        detail: { valueAnimation: true, formatter: '{value}%', fontSize: 26, offsetCenter: [0, '0%'] },
        title: { offsetCenter: [0, '78%'], fontSize: 13 },
        data: [{ value: pct, name: t(`序时进度 ${time}%（灰色段）`, `time progress ${time}% (grey band)`) }],
      },
    ],
  };
  return <LazyEChart option={option} height={240} ariaLabel={t(`预算执行率 ${pct}%，序时进度 ${time}%`, `Execution ${pct}%, time progress ${time}%`)} />;
}
