import { Space, Table } from 'antd';
import { useQuery } from 'urql';
import { nodeOfType } from '../../api/nodeOfType';
import { LazyEChart } from '../../charts/LazyEChart';
import { WarningBadge } from '../../components/EnumTag';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatYearMonth } from '../../format/date';
import { formatDecimal } from '../../format/decimal';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useLocale, useT } from '../../i18n/locale';
import { DrillIndicatorHistoryQuery } from './drillQueries';

/** Level 5: an indicator's progress at each monitoring, oldest first, with the expected-pace line. */
export function MonitoringHistoryLevel({ indicatorId }: { indicatorId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const label = useEnumLabel();
  const [{ data, fetching, error }] = useQuery({ query: DrillIndicatorHistoryQuery, variables: { indicatorId } });
  const indicator = nodeOfType(data?.node, 'Indicator');
  const rows = (data?.indicatorProgresses.edges ?? [])
    .flatMap((e) => (e?.node ? [e.node] : []))
    .sort((a, b) => a.monitoring.fiscalYear - b.monitoring.fiscalYear || a.monitoring.month - b.monitoring.month);
  const quantitative = indicator != null && indicator.comparator !== 'QUALITATIVE' && indicator.targetValue != null;
  const target = quantitative ? Number(indicator.targetValue) : 0;
  const chart = quantitative && rows.length > 0 && (
    <LazyEChart
      height={260}
      ariaLabel={t('指标完成进度', 'Indicator progress')}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 56, right: 16, top: 36, bottom: 28 },
        xAxis: { type: 'category', data: rows.map((r) => formatYearMonth(r.monitoring.fiscalYear, r.monitoring.month, locale)) },
        yAxis: { type: 'value', name: indicator.unit ?? '' },
        series: [
          { name: t('截至目前完成', 'Completed to date'), type: 'bar', data: rows.map((r) => (r.completedToDate == null ? null : Number(r.completedToDate))) },
          { name: t('序时应完成', 'Expected by now'), type: 'line', data: rows.map((r) => Math.round(((target * r.monitoring.month) / 12) * 100) / 100) },
          { name: t('全年预计', 'Expected full year'), type: 'line', lineStyle: { type: 'dashed' }, data: rows.map((r) => (r.expectedFullYear == null ? null : Number(r.expectedFullYear))) },
        ],
      }}
    />
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ErrorAlert error={error} />
      {chart}
      <Table
        rowKey="id"
        size="small"
        loading={fetching}
        pagination={false}
        dataSource={rows}
        aria-label={t('监控历史', 'Monitoring history')}
        columns={[
          { title: t('监控期间', 'Period'), key: 'period', render: (_, r) => formatYearMonth(r.monitoring.fiscalYear, r.monitoring.month, locale) },
          {
            title: t('截至目前完成', 'Completed to date'),
            key: 'done',
            align: 'right',
            render: (_, r) => (indicator?.comparator === 'QUALITATIVE' ? label('QualitativeLevel', r.completedLevel) : `${formatDecimal(r.completedToDate, { trim: true })} ${indicator?.unit ?? ''}`),
          },
          { title: t('全年预计完成', 'Expected full year'), dataIndex: 'expectedFullYear', align: 'right', render: (v: string | null) => formatDecimal(v, { trim: true }) },
          { title: t('偏差原因', 'Deviation reason'), key: 'reason', render: (_, r) => [label('IndicatorProgressReason', r.reason), r.reasonText].filter((x) => x && x !== '—').join('：') || '—' },
          { title: t('完成可能性', 'Likelihood'), dataIndex: 'likelihood', render: (v: string | null) => label('IndicatorProgressLikelihood', v) },
          { title: t('指标预警', 'Indicator warning'), dataIndex: 'warningLevel', render: (v: string) => <WarningBadge level={v} /> },
          { title: t('纠偏措施', 'Corrective action'), key: 'action', render: (_, r) => r.monitoring.correctiveAction ?? '—' },
        ]}
      />
    </Space>
  );
}
