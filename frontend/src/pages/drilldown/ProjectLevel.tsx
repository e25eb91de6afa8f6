import { Table } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EnumTag, WarningBadge } from '../../components/EnumTag';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatPercent } from '../../format/decimal';
import { moneyRatio } from '../../format/money';
import { useT } from '../../i18n/locale';
import { useDrillPath } from './useDrillPath';
import { DrillProjectsQuery } from './drillQueries';

/** Level 3: a department's projects of the year, with the latest monitoring. */
export function ProjectLevel({ departmentId, fiscalYear, onPick }: { departmentId: string; fiscalYear: number; onPick: (id: string) => void }) {
  const t = useT();
  const { hrefFor } = useDrillPath();
  const [{ data, fetching, error }] = useQuery({ query: DrillProjectsQuery, variables: { departmentId, fiscalYear } });
  const rows = (data?.projects.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const latest = (r: (typeof rows)[number]) => r.monitorings.edges?.[0]?.node;
  return (
    <>
      <ErrorAlert error={error} />
      <Table
        rowKey="id"
        size="small"
        loading={fetching}
        pagination={false}
        dataSource={rows}
        // On a phone the table scrolls sideways, its first column staying in view.
        scroll={{ x: 'max-content' }}
        onRow={(r) => ({ onClick: () => onPick(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { fixed: 'left', title: t('项目编码', 'Code'), dataIndex: 'code' },
          { title: t('项目名称', 'Project'), dataIndex: 'name', render: (v: string, r) => (
            <Link to={hrefFor('project', r.id)} onClick={(e) => e.stopPropagation()}>
              {v}
            </Link>
          ) },
          { title: t('状态', 'Status'), dataIndex: 'status', render: (v: string) => <EnumTag enumName="ProjectStatus" value={v} /> },
          {
            title: t('最近监控执行率', 'Latest execution rate'),
            key: 'rate',
            align: 'right',
            render: (_, r) => {
              const m = latest(r);
              return m ? `${formatPercent(moneyRatio(m.paidToDate, m.budget))} / ${t('序时', 'time')} ${formatPercent(m.month / 12)}` : '—';
            },
          },
          { title: t('预警', 'Warning'), key: 'warning', render: (_, r) => <WarningBadge level={latest(r)?.warningLevel} /> },
          {
            title: '',
            key: 'open',
            render: (_, r) => (
              <Link to={`/projects/${r.id}`} onClick={(e) => e.stopPropagation()}>
                {t('项目详情', 'Details')}
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}
