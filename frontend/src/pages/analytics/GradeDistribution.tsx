import { Empty } from 'antd';
import { LazyEChart } from '../../charts/LazyEChart';
import type { Grade } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';

export type GradeCounts = Record<Grade, number>;

const COLORS: Record<Grade, string> = { EXCELLENT: '#389e0d', GOOD: '#1677ff', FAIR: '#d48806', POOR: '#cf1322' };

/** How many evaluations got each grade (优/良/中/差). */
export function GradeDistribution({ counts }: { counts: GradeCounts }) {
  const t = useT();
  const label = useEnumLabel();
  const grades: Grade[] = ['EXCELLENT', 'GOOD', 'FAIR', 'POOR'];
  const total = grades.reduce((s, g) => s + counts[g], 0);
  if (total === 0)
    return (
      <div data-chart="empty">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('本年度尚无评价结果', 'No evaluation results this year')} />
      </div>
    );
  const option = {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['45%', '70%'],
        label: { formatter: '{b}\n{c}' },
        data: grades.map((g) => ({ name: label('Grade', g), value: counts[g], itemStyle: { color: COLORS[g] } })),
      },
    ],
  };
  return (
    <LazyEChart
      option={option}
      height={240}
      ariaLabel={t(`评价等级分布，共 ${total} 项`, `Grades of ${total} evaluations`) + ': ' + grades.map((g) => `${label('Grade', g)} ${counts[g]}`).join(', ')}
    />
  );
}
