import { Link } from 'react-router';
import { Table } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useQuery } from 'urql';
import { useT } from '../../i18n/locale';
import { formatDecimal, formatPercent } from '../../format/decimal';
import { formatWan, toFen } from '../../format/money';
import { DrillRegionsQuery } from './drillQueries';
import { useDrillPath } from './useDrillPath';

/** Level 1: regions (市本级 and the counties) with the viewer's departments in each and their figures of the year, added up by the server (regionStats); one small query, which the start-up script asks for on the cockpit before the code arrives (prefetchCockpit). */
export function RegionLevel({ fiscalYear, pause = false, onPick }: { fiscalYear: number; pause?: boolean; onPick: (region: string) => void }) {
  const t = useT();
  const { hrefFor } = useDrillPath();
  const [{ data, fetching, error }] = useQuery({ query: DrillRegionsQuery, variables: { fiscalYear }, pause });
  const loading = (pause || fetching) && !data;
  const rows = (data?.regionStats ?? [])
    .filter((r) => r.departmentCount > 0)
    .map((r) => {
      // A region without a budget has no execution to show either: "—", not 0.
      const budgeted = toFen(r.budget) > 0n;
      return {
        region: r.region,
        count: r.departmentCount,
        budget: budgeted ? formatWan(r.budget) : '—',
        executionRate: budgeted ? formatPercent(r.executionRate) : '—',
        averageScore: formatDecimal(r.averageScore),
      };
    })
    .sort((a, b) => a.region.localeCompare(b.region, 'zh'));
  return (
    <>
      <ErrorAlert error={error} />
      <Table
        rowKey="region"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={rows}
        onRow={(r) => ({ onClick: () => onPick(r.region), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('区域', 'Region'), dataIndex: 'region', render: (v: string, r) => (
            <Link to={hrefFor('region', r.region)} onClick={(e) => e.stopPropagation()}>
              {v}
            </Link>
          ) },
          { title: t('部门/单位数', 'Departments'), dataIndex: 'count', align: 'right' },
          { title: t('预算（万元）', 'Budget (10k yuan)'), dataIndex: 'budget', align: 'right', onCell: () => ({ 'data-testid': 'region-budget' }) as object },
          { title: t('执行率', 'Execution rate'), dataIndex: 'executionRate', align: 'right' },
          { title: t('平均得分', 'Average score'), dataIndex: 'averageScore', align: 'right', onCell: () => ({ 'data-testid': 'region-score' }) as object },
        ]}
      />
    </>
  );
}
