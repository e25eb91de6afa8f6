import { Table } from 'antd';
import { WarningBadge } from '../../../components/EnumTag';
import { formatDecimal } from '../../../format/decimal';
import type { ProjectMonitoringQuery } from '../../../gql/graphql';
import { useEnumLabel } from '../../../i18n/useEnumLabel';
import { useT } from '../../../i18n/locale';

type Monitoring = NonNullable<NonNullable<NonNullable<ProjectMonitoringQuery['monitorings']['edges']>[number]>['node']>;
type Progress = NonNullable<NonNullable<NonNullable<Monitoring['progresses']['edges']>[number]>['node']>;

/** Indicator progress recorded with one monitoring: completed to date, expected full year, deviation reason, warning. */
export function IndicatorProgressTable({ progresses }: { progresses: Progress[] }) {
  const t = useT();
  const label = useEnumLabel();
  const qualitative = (p: Progress) => p.indicator.comparator === 'QUALITATIVE';
  return (
    <Table<Progress>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={progresses}
      columns={[
        { title: t('指标', 'Indicator'), key: 'name', render: (_, p) => p.indicator.name },
        {
          title: t('年度指标值', 'Annual target'),
          key: 'target',
          align: 'right',
          render: (_, p) => (qualitative(p) ? p.indicator.targetText : `${formatDecimal(p.indicator.targetValue, { trim: true })} ${p.indicator.unit ?? ''}`),
        },
        {
          title: t('截至目前完成', 'Completed to date'),
          key: 'done',
          align: 'right',
          render: (_, p) => (qualitative(p) ? label('QualitativeLevel', p.completedLevel) : formatDecimal(p.completedToDate, { trim: true })),
        },
        { title: t('全年预计完成', 'Expected full year'), dataIndex: 'expectedFullYear', align: 'right', render: (v: string | null) => formatDecimal(v, { trim: true }) },
        {
          title: t('偏差原因', 'Deviation reason'),
          key: 'reason',
          render: (_, p) => [p.reason ? label('IndicatorProgressReason', p.reason) : '', p.reasonText ?? ''].filter(Boolean).join('：') || '—',
        },
        { title: t('完成可能性', 'Likelihood'), dataIndex: 'likelihood', render: (v: string | null) => label('IndicatorProgressLikelihood', v) },
        { title: t('预警', 'Warning'), dataIndex: 'warningLevel', render: (v: string) => <WarningBadge level={v} /> },
      ]}
    />
  );
}

export type { Monitoring as ProjectMonitoringRow };
