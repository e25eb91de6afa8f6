import { Link } from 'react-router';
import { Table } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDepartments } from '../../components/useDepartments';
import { useT } from '../../i18n/locale';
import { useDrillPath } from './useDrillPath';

/** Level 1: regions (市本级 and the counties), from the departments' region. */
export function RegionLevel({ onPick }: { onPick: (region: string) => void }) {
  const t = useT();
  const { hrefFor } = useDrillPath();
  const { departments, loading, error } = useDepartments();
  const regions = [...new Set(departments.map((d) => d.region))].sort((a, b) => a.localeCompare(b, 'zh'));
  const rows = regions.map((region) => ({ region, count: departments.filter((d) => d.region === region).length }));
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
