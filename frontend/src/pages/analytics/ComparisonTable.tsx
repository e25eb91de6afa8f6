import { Table, Tag, type TableColumnsType } from 'antd';
import { MoneyCell } from '../../components/MoneyCell';
import { formatPercent } from '../../format/decimal';
import { toFen } from '../../format/money';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { RankCell } from './RankCell';
import type { DepartmentStatsRow } from './useDepartmentStats';

const byNumber = (f: (r: DepartmentStatsRow) => number | null) => (a: DepartmentStatsRow, b: DepartmentStatsRow) => (f(a) ?? -Infinity) - (f(b) ?? -Infinity);
const byMoney = (f: (r: DepartmentStatsRow) => string) => (a: DepartmentStatsRow, b: DepartmentStatsRow) => {
  const x = toFen(f(a));
  const y = toFen(f(b));
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The sortable comparison table; rows are what the page's filters leave. */
export function ComparisonTable({ rows, loading, onSortedChange }: { rows: DepartmentStatsRow[]; loading: boolean; onSortedChange?: (rows: DepartmentStatsRow[]) => void }) {
  const t = useT();
  const label = useEnumLabel();
  const columns: TableColumnsType<DepartmentStatsRow> = [
    {
      title: t('排名', 'Rank'),
      dataIndex: 'rank',
      width: 90,
      fixed: 'left',
      sorter: byNumber((r) => r.rank),
      defaultSortOrder: 'ascend',
      render: (v: number, r) => <RankCell rank={v} change={r.rankChange} />,
    },
    { title: t('部门/单位', 'Department'), dataIndex: 'name', fixed: 'left', width: 180, sorter: (a, b) => a.name.localeCompare(b.name, 'zh') },
    { title: t('区域', 'Region'), dataIndex: 'region', sorter: (a, b) => a.region.localeCompare(b.region, 'zh') },
    { title: t('领域', 'Sector'), dataIndex: 'sector', render: (v: string) => label('Sector', v) },
    { title: t('项目数', 'Projects'), dataIndex: 'projectCount', align: 'right', sorter: byNumber((r) => r.projectCount) },
    { title: t('预算（万元）', 'Budget (10k yuan)'), dataIndex: 'budget', align: 'right', sorter: byMoney((r) => r.budget), render: (v: string) => <MoneyCell value={v} /> },
    { title: t('已支出（万元）', 'Paid (10k yuan)'), dataIndex: 'paid', align: 'right', sorter: byMoney((r) => r.paid), render: (v: string) => <MoneyCell value={v} /> },
    { title: t('执行率', 'Execution'), dataIndex: 'executionRate', align: 'right', sorter: byNumber((r) => r.executionRate), render: (v: number) => formatPercent(v) },
    {
      title: t('指标完成率', 'Indicators done'),
      dataIndex: 'indicatorCompletionRate',
      align: 'right',
      sorter: byNumber((r) => r.indicatorCompletionRate),
      render: (v: number) => formatPercent(v),
    },
    { title: t('平均得分', 'Avg score'), dataIndex: 'averageScore', align: 'right', sorter: byNumber((r) => (r.averageScore == null ? null : Number(r.averageScore))), render: (v: string | null) => v ?? '—' },
    {
      title: t('优/良/中/差', 'Grades E/G/F/P'),
      key: 'grades',
      align: 'center',
      sorter: byNumber((r) => r.gradeCounts.EXCELLENT),
      render: (_, r) => `${r.gradeCounts.EXCELLENT}/${r.gradeCounts.GOOD}/${r.gradeCounts.FAIR}/${r.gradeCounts.POOR}`,
    },
    {
      title: t('红色预警项目', 'Red-warning projects'),
      dataIndex: 'redWarnings',
      align: 'right',
      sorter: byNumber((r) => r.redWarnings),
      render: (v: number) => (v > 0 ? <Tag color="red">{v}</Tag> : 0),
    },
  ];
  return (
    <Table<DepartmentStatsRow>
      rowKey="departmentId"
      size="small"
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 1100 }}
      onChange={(_p, _f, _s, extra) => onSortedChange?.(extra.currentDataSource)}
    />
  );
}
