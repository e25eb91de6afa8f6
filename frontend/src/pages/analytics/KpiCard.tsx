import { Card, Statistic } from 'antd';

type Props = { title: string; value?: string | number; suffix?: string; loading?: boolean; color?: string };

/** One headline figure of the cockpit. */
export function KpiCard({ title, value, suffix, loading, color }: Props) {
  return (
    <Card size="small" loading={loading} style={{ height: '100%' }}>
      <Statistic title={title} value={value ?? '—'} suffix={suffix} styles={{ content: color ? { color } : undefined }} />
    </Card>
  );
}
