import { StarFilled } from '@ant-design/icons';
import { Table, Tooltip, type TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { Link } from 'react-router';
import { EnumTag, WarningBadge } from '../../components/EnumTag';
import { MoneyCell } from '../../components/MoneyCell';
import type { OrderDirection, ProjectListQuery, ProjectOrderField } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { allocationBudgetFen } from './allocationBudget';

export type ProjectRow = NonNullable<NonNullable<NonNullable<ProjectListQuery['projects']['edges']>[number]>['node']>;

type Sort = { field?: ProjectOrderField; direction?: OrderDirection };
type Props = { rows: ProjectRow[]; loading: boolean; sort: Sort; onSort: (sort: Sort) => void };

const antOrder = (sort: Sort, field: ProjectOrderField): SortOrder =>
  sort.field === field ? (sort.direction === 'DESC' ? 'descend' : 'ascend') : null;

export function ProjectTable({ rows, loading, sort, onSort }: Props) {
  const t = useT();
  const label = useEnumLabel();
  const sortable = (field: ProjectOrderField) => ({ sorter: true, sortOrder: antOrder(sort, field), key: field });
  const columns: TableProps<ProjectRow>['columns'] = [
    { title: t('项目编码', 'Code'), dataIndex: 'code', width: 140, ...sortable('CODE') },
    {
      title: t('项目名称', 'Project'),
      dataIndex: 'name',
      ...sortable('NAME'),
      render: (name: string, p) => (
        <>
          <Link to={`/projects/${p.id}`}>{name}</Link>
          {p.keyProject && (
            <Tooltip title={t('重点项目', 'Key project')}>
              <StarFilled style={{ color: '#d48806', marginLeft: 6 }} aria-label={t('重点项目', 'Key project')} />
            </Tooltip>
          )}
        </>
      ),
    },
    { title: t('部门/单位', 'Department'), key: 'department', render: (_, p) => p.department.name },
    {
      title: t('年度', 'Year'),
      dataIndex: 'fiscalYear',
      width: 100,
      ...sortable('FISCAL_YEAR'),
      render: (y: number, p) => (p.endYear && p.endYear !== y ? `${y}–${p.endYear}` : y),
    },
    { title: t('领域', 'Sector'), dataIndex: 'sector', ...sortable('SECTOR'), render: (s: string) => label('Sector', s) },
    { title: t('类别', 'Category'), dataIndex: 'category', ...sortable('CATEGORY'), render: (c: string) => label('ProjectCategory', c) },
    {
      title: t('预算（万元）', 'Budget (10k yuan)'),
      key: 'budget',
      align: 'right',
      render: (_, p) => <MoneyCell value={allocationBudgetFen((p.allocations.edges ?? []).flatMap((e) => (e?.node ? [e.node] : [])))} />,
    },
    { title: t('状态', 'Status'), dataIndex: 'status', width: 100, ...sortable('STATUS'), render: (s: string) => <EnumTag enumName="ProjectStatus" value={s} /> },
    { title: t('监控预警', 'Warning'), dataIndex: 'warningLevel', width: 130, ...sortable('WARNING_LEVEL'), render: (w: string | null) => <WarningBadge level={w} /> },
  ];
  return (
    <Table<ProjectRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 1000 }}
      onChange={(_pagination, _filters, sorter) => {
        const one = Array.isArray(sorter) ? sorter[0] : sorter;
        if (!one?.order) onSort({});
        else onSort({ field: one.columnKey as ProjectOrderField, direction: one.order === 'descend' ? 'DESC' : 'ASC' });
      }}
    />
  );
}
