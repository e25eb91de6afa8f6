import { Link } from 'react-router';
import { Table } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useQuery } from 'urql';
import { useT } from '../../i18n/locale';
import { DrillRegionsQuery } from './drillQueries';
import { useDrillPath } from './useDrillPath';

/** Level 1: regions (市本级 and the counties) with the departments the viewer sees in each; one small query, which the start-up script asks for on the cockpit before the code arrives (prefetchCockpit). */
export function RegionLevel({ onPick }: { onPick: (region: string) => void }) {
  const t = useT();
  const { hrefFor } = useDrillPath();
  const [{ data, fetching, error }] = useQuery({ query: DrillRegionsQuery });
  const loading = fetching && !data;
  const rows = (data?.regions ?? [])
    .filter((r) => r.departmentCount > 0)
    .map((r) => ({ region: r.name, count: r.departmentCount }))
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
        ]}
      />
    </>
  );
}
