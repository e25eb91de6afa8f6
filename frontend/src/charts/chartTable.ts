import type { ChartOption } from './chartTypes';

/** A chart's data as a table: the text alternative of every chart. */
export type ChartTable = { columns: string[]; rows: (string | number)[][] };

type Series = { name?: string; type?: string; data?: unknown[] };
type Axis = { type?: string; data?: unknown[]; name?: string };

const first = <T>(v: T | T[] | undefined): T | undefined => (Array.isArray(v) ? v[0] : v);
const valueOf = (d: unknown): string | number => {
  if (d == null) return '—';
  if (typeof d === 'number') return Math.round(d * 100) / 100;
  if (typeof d === 'string') return d;
  if (Array.isArray(d)) return d.map(valueOf).join(', ');
  if (typeof d === 'object' && 'value' in d) return valueOf((d as { value: unknown }).value);
  return String(d);
};

/**
 * Reads the table behind an ECharts option, so that no chart needs its own:
 * a category axis gives one row per category and one column per series
 * (horizontal bars are listed top first, as they are seen); pie and gauge
 * series give one row per named value; scatter series one row per point.
 */
export function chartTable(option: ChartOption, labels: { category: string; value: string; series: string }): ChartTable {
  const series = ((Array.isArray(option.series) ? option.series : [option.series]).filter(Boolean) as Series[]) ?? [];
  const x = first(option.xAxis as Axis | Axis[] | undefined);
  const y = first(option.yAxis as Axis | Axis[] | undefined);
  const categoryAxis = x?.type === 'category' ? x : y?.type === 'category' ? y : undefined;
  if (categoryAxis?.data) {
    const rows = categoryAxis.data.map((c, i) => [valueOf(c), ...series.map((s) => valueOf(s.data?.[i]))]);
    return {
      columns: [categoryAxis.name ?? labels.category, ...series.map((s, i) => s.name ?? (series.length > 1 ? `${labels.series} ${i + 1}` : labels.value))],
      rows: categoryAxis === y ? rows.reverse() : rows,
    };
  }
  const rows: (string | number)[][] = [];
  for (const s of series) {
    for (const d of s.data ?? []) {
      const name = typeof d === 'object' && d != null && 'name' in d ? String((d as { name: unknown }).name) : s.name ?? '';
      rows.push([name, valueOf(d)]);
    }
  }
  return { columns: [labels.category, labels.value], rows };
}
