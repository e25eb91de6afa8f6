// The one module that loads ECharts. It is only reached through LazyEChart,
// so ECharts lands in its own chunk, loaded with the first chart shown.
import { BarChart, GaugeChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartProps } from './chartTypes';

echarts.use([BarChart, GaugeChart, LineChart, PieChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export default function EChart({ option, height = 300, onClick, ariaLabel }: EChartProps) {
  return (
    <div role="img" aria-label={ariaLabel} data-chart="echarts">
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height, width: '100%' }}
        onEvents={onClick ? { click: (p: { name: string; dataIndex: number; data: unknown }) => onClick(p) } : undefined}
      />
    </div>
  );
}
