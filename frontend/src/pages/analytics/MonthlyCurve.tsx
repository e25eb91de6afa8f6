import { LazyEChart } from '../../charts/LazyEChart';
import { wanForChart } from '../../format/money';
import { useT } from '../../i18n/locale';
import type { OverviewMonth } from './useOverview';

/** Cumulative payments by month against the time-progress line (budget × m/12), in 万元. */
export function MonthlyCurve({ months, budget }: { months: OverviewMonth[]; budget: string }) {
  const t = useT();
  const budgetWan = wanForChart(budget);
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 64, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: months.map((m) => t(`${m.month}月`, `M${m.month}`)) },
    yAxis: { type: 'value', name: t('万元', '10k yuan') },
    series: [
      { name: t('累计支出', 'Cumulative paid'), type: 'line', areaStyle: { opacity: 0.15 }, data: months.map((m) => wanForChart(m.paidToDate)) },
      { name: t('序时进度', 'Time progress'), type: 'line', symbol: 'none', lineStyle: { type: 'dashed' }, data: months.map((m) => Math.round(budgetWan * m.timeProgress * 100) / 100) },
    ],
  };
  return <LazyEChart option={option} height={240} ariaLabel={t('月度累计支出曲线', 'Monthly cumulative payments')} />;
}
