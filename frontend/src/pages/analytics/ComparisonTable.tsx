import { Table, Tag, type TableColumnsType } from 'antd';
import type { SortOrder as AntSortOrder } from 'antd/es/table/interface';
import { MoneyCell } from '../../components/MoneyCell';
import { formatPercent } from '../../format/decimal';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { type ComparisonSort, firstOrder, isSortKey, rankTitle, type SortKey, type SortOrder } from './comparisonParams';
import { RankCell } from './RankCell';
import type { DepartmentStatsRow } from './useDepartmentStats';

type Props = {
  rows: DepartmentStatsRow[];
  loading: boolean;
  sort: ComparisonSort;
  onSortChange: (sort: ComparisonSort) => void;
  /** Whether filters narrow the table (the ranks are then among the departments they leave). */
  filtered: boolean;
};

/**
 * One server page of the comparison. Sorting is the server's and controlled
 * (the sort lives in the URL): a header click asks for another ordering, it
 * never reorders the page in the browser. A click flips the direction and
 * never clears it (the ranking always has an ordering).
 */
export function ComparisonTable({ rows, loading, sort, onSortChange, filtered }: Props) {
  const t = useT();
  const label = useEnumLabel();
  const sortable = (key: SortKey) => {
    const first = firstOrder(key);
    const second: SortOrder = first === 'ascend' ? 'descend' : 'ascend';
    return {
      key,
      sorter: true,
      sortOrder: (sort.key === key ? sort.order : null) as AntSortOrder,
      // A third entry equal to the first: after the second direction comes the first again, not "unsorted".
      sortDirections: [first, second, first] as AntSortOrder[],
    };
  };
  const columns: TableColumnsType<DepartmentStatsRow> = [
    {
      title: rankTitle(sort, t, filtered),
      dataIndex: 'rank',
      key: 'rank',
      width: 150,
      fixed: 'left',
      render: (v: number, r) => <RankCell rank={v} change={r.rankChange} />,
    },
    { title: t('部门/单位', 'Department'), dataIndex: 'name', fixed: 'left', width: 180, ...sortable('name') },
    { title: t('区域', 'Region'), dataIndex: 'region', key: 'region' },
    { title: t('领域', 'Sector'), dataIndex: 'sector', key: 'sector', render: (v: string) => label('Sector', v) },
    { title: t('项目数', 'Projects'), dataIndex: 'projectCount', align: 'right', ...sortable('projectCount') },
    { title: t('预算（万元）', 'Budget (10k yuan)'), dataIndex: 'budget', align: 'right', render: (v: string) => <MoneyCell value={v} />, ...sortable('budget') },
    { title: t('已支出（万元）', 'Paid (10k yuan)'), dataIndex: 'paid', align: 'right', render: (v: string) => <MoneyCell value={v} />, ...sortable('paid') },
    { title: t('执行率', 'Execution'), dataIndex: 'executionRate', align: 'right', render: (v: number) => formatPercent(v), ...sortable('executionRate') },
    { title: t('指标完成率', 'Indicators done'), dataIndex: 'indicatorCompletionRate', align: 'right', render: (v: number) => formatPercent(v), ...sortable('indicatorCompletionRate') },
    { title: t('平均得分', 'Avg score'), dataIndex: 'averageScore', align: 'right', render: (v: string | null) => v ?? '—', ...sortable('averageScore') },
    {
      title: t('优/良/中/差', 'Grades E/G/F/P'),
      align: 'center',
      render: (_, r) => `${r.gradeCounts.EXCELLENT}/${r.gradeCounts.GOOD}/${r.gradeCounts.FAIR}/${r.gradeCounts.POOR}`,
      ...sortable('grades'),
    },
    { title: t('红色预警项目', 'Red-warning projects'), dataIndex: 'redWarnings', align: 'right', render: (v: number) => (v > 0 ? <Tag color="red">{v}</Tag> : 0), ...sortable('redWarnings') },
  ];
  return (
    <Table<DepartmentStatsRow>
      rowKey="departmentId"
      size="small"
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={false}
      scroll={{ x: 1100 }}
      onChange={(_p, _f, sorter, extra) => {
        if (extra.action !== 'sort') return;
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        if (isSortKey(s?.columnKey) && (s.order === 'ascend' || s.order === 'descend')) onSortChange({ key: s.columnKey, order: s.order });
      }}
    />
  );
}
