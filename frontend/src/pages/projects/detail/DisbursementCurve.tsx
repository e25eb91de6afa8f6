import { LazyEChart } from '../../../charts/LazyEChart';
import { wanForChart } from '../../../format/money';
import { useT } from '../../../i18n/locale';

type Props = { cumulative: bigint[]; budgetFen: bigint };

/** Cumulative monthly disbursement against the time-progress line (budget × m/12), in 万元. */
export function DisbursementCurve({ cumulative, budgetFen }: Props) {
  const t = useT();
  const months = Array.from({ length: 12 }, (_, i) => t(`${i + 1}月`, `M${i + 1}`));
  const budgetWan = wanForChart(budgetFen);
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 64, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', name: t('万元', '10k yuan') },
    series: [
      { name: t('累计支出', 'Cumulative paid'), type: 'line', smooth: false, areaStyle: { opacity: 0.15 }, data: cumulative.map((c) => wanForChart(c)) },
      {
        name: t('序时进度', 'Time progress'),
        type: 'line',
        lineStyle: { type: 'dashed' },
        symbol: 'none',
        data: months.map((_, i) => Math.round(budgetWan * (i + 1) * 100 / 12) / 100),
      },
    ],
  };
  return <LazyEChart option={option} height={320} ariaLabel={t('累计支出进度曲线', 'Cumulative disbursement curve')} />;
}
