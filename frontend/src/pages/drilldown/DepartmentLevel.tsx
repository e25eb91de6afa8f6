import { Link } from 'react-router';
import { Space, Table, Tag } from 'antd';
import { useQuery } from 'urql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { useDrillPath } from './useDrillPath';
import { DrillDepartmentsQuery } from './drillQueries';

/** Level 2: the departments of a region, with their projects and red warnings of the year. */
export function DepartmentLevel({ region, fiscalYear, onPick }: { region: string; fiscalYear: number; onPick: (id: string) => void }) {
  const t = useT();
  const { hrefFor } = useDrillPath();
  const label = useEnumLabel();
  const [{ data, fetching, error }] = useQuery({ query: DrillDepartmentsQuery, variables: { region, fiscalYear } });
  const rows = (data?.departments.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
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
          { fixed: 'left', title: t('部门/单位', 'Department'), dataIndex: 'name', render: (v: string, r) => (
            <Link to={hrefFor('dept', r.id)} onClick={(e) => e.stopPropagation()}>
              {v}
            </Link>
          ) },
          { title: t('领域', 'Sector'), dataIndex: 'sector', render: (v: string) => label('Sector', v) },
          { title: t('项目数', 'Projects'), key: 'projects', align: 'right', render: (_, r) => r.projects.totalCount },
          {
            title: t('红色预警（监控记录）', 'Red warnings (monitoring records)'),
            key: 'red',
            align: 'right',
            render: (_, r) => (r.monitorings.totalCount > 0 ? <Tag color="red">{r.monitorings.totalCount}</Tag> : 0),
          },
          {
            title: t('部门绩效报告', 'Department report'),
            key: 'report',
            render: (_, r) => (
              <Space size="small" onClick={(e) => e.stopPropagation()}>
                <a href={`/export/departments/${r.id}/${fiscalYear}.xlsx`} download data-testid="export-department-report">
                  Excel
                </a>
                <a href={`/export/departments/${r.id}/${fiscalYear}.pdf`} download data-testid="export-department-report-pdf">
                  PDF
                </a>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
