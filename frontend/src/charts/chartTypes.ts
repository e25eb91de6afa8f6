/** What the chart wrapper takes: an ECharts option object (kept loose so that pages need not import ECharts types). */
export type ChartOption = Record<string, unknown>;

export type ChartClick = { name: string; dataIndex: number; data: unknown };

export type EChartProps = {
  option: ChartOption;
  height?: number;
  /** Screen-reader text; also what tests look for (jsdom has no canvas). */
  ariaLabel: string;
  onClick?: (params: ChartClick) => void;
};
