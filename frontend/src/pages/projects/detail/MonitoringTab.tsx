import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table } from 'antd';
import { Link } from 'react-router';
import { useViewer } from '../../../auth/ViewerContext';
import { useQuery } from 'urql';
import { WarningBadge } from '../../../components/EnumTag';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { MoneyCell } from '../../../components/MoneyCell';
import { formatYearMonth } from '../../../format/date';
import { formatPercent } from '../../../format/decimal';
import { useEnumLabel } from '../../../i18n/useEnumLabel';
import { useLocale, useT } from '../../../i18n/locale';
import { IndicatorProgressTable, type ProjectMonitoringRow } from './IndicatorProgressTable';
import { ProjectMonitoringQuery } from './monitoringQuery';

export function MonitoringTab({ projectId }: { projectId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const label = useEnumLabel();
  const [{ data, fetching, error }] = useQuery({ query: ProjectMonitoringQuery, variables: { projectId } });
  const { creatable } = useViewer();
  const rows = (data?.monitorings.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  if (error) return <ErrorAlert error={error} />;
  const add = creatable.includes('MONITORING') && (
    <Link to={`/projects/${projectId}/monitoring/new`}>
      <Button type="primary" icon={<PlusOutlined />}>
        {t('填报监控', 'Record monitoring')}
      </Button>
    </Link>
  );
  if (!fetching && rows.length === 0) return <Empty description={t('暂无监控记录', 'No monitoring yet')}>{add}</Empty>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
    {add && <div style={{ textAlign: 'right' }}>{add}</div>}
    <Table<ProjectMonitoringRow>
      rowKey="id"
      size="middle"
      loading={fetching}
      pagination={false}
      dataSource={rows}
      expandable={{
        expandedRowRender: (m) => <IndicatorProgressTable progresses={(m.progresses.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))} />,
        rowExpandable: (m) => (m.progresses.edges?.length ?? 0) > 0,
      }}
      rowClassName={(m) => (m.warningLevel === 'RED' ? 'row-warning-red' : '')}
      columns={[
        { title: t('监控期间', 'Period'), key: 'period', render: (_, m) => `${formatYearMonth(m.fiscalYear, m.month, locale)}（${label('MonitoringPeriodKind', m.periodKind)}）` },
        { title: t('预算（万元）', 'Budget (10k yuan)'), align: 'right', key: 'budget', render: (_, m) => <MoneyCell value={m.budget} /> },
        { title: t('累计支出（万元）', 'Paid to date (10k yuan)'), align: 'right', key: 'paid', render: (_, m) => <MoneyCell value={m.paidToDate} /> },
        { title: t('执行率', 'Execution rate'), align: 'right', key: 'rate', render: (_, m) => formatPercent(Number(m.executionRate)) },
        { title: t('序时进度', 'Time progress'), align: 'right', key: 'time', render: (_, m) => formatPercent(Number(m.timeProgress)) },
        { title: t('预警', 'Warning'), dataIndex: 'warningLevel', render: (v: string) => <WarningBadge level={v} /> },
        { title: t('处理建议', 'Recommendation'), dataIndex: 'recommendation', render: (v: string) => label('MonitoringRecommendation', v) },
        { title: t('纠偏措施', 'Corrective action'), dataIndex: 'correctiveAction', render: (v: string | null) => v ?? '—' },
        {
          title: t('监控表', 'Form'),
          key: 'export',
          render: (_, m) => (
            <a href={`/export/monitorings/${m.id}.xlsx`} download data-testid="export-monitoring">
              {t('导出', 'Export')}
            </a>
          ),
        },
      ]}
    />
    </Space>
  );
}
