import { Table, Tag, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { formatDecimal } from '../../format/decimal';
import { useT } from '../../i18n/locale';
import { compareGapRows, type GapRow, type GapSort, type GapSortKey } from './gapSort';

type ProjectGap = GapRow['projects'][number];

type Props = { rows: GapRow[]; loading: boolean; sort: GapSort; onSortChange: (sort: GapSort) => void };

// A flagged row's tint: light enough that the text keeps its contrast; the tag's words carry the meaning.
const flaggedRow: HTMLAttributes<HTMLElement> = { style: { background: '#fff1f0' }, ...{ 'data-flagged': 'true' } };

/**
 * 自评与财政评价: departments ranked by the mean gap (self − finance), the
 * ones the server flags marked in words, each expandable to its projects.
 * The sort is the page's (kept in the URL).
 */
export function ScoreGapTable({ rows, loading, sort, onSortChange }: Props) {
  const t = useT();
  const sortable = (key: GapSortKey) => ({
    sorter: (a: GapRow, b: GapRow) => compareGapRows(key, a, b),
    sortOrder: sort.key === key ? sort.order : null,
  });
  const columns: TableColumnsType<GapRow> = [
    { title: t('名次', 'Rank'), dataIndex: 'rank', key: 'rank', width: 80, ...sortable('rank') },
    { title: t('部门/单位', 'Department'), key: 'department', render: (_, r) => r.department.name },
    { title: t('区域', 'Region'), key: 'region', render: (_, r) => r.department.region },
    { title: t('项目数', 'Projects'), dataIndex: 'projectCount', key: 'projectCount', align: 'right', ...sortable('projectCount') },
    { title: t('自评平均分', 'Mean self score'), dataIndex: 'selfAverage', key: 'selfAverage', align: 'right', render: (v: string) => formatDecimal(v), ...sortable('selfAverage') },
    { title: t('财政评价平均分', 'Mean finance score'), dataIndex: 'financeAverage', key: 'financeAverage', align: 'right', render: (v: string) => formatDecimal(v), ...sortable('financeAverage') },
    { title: t('平均差值（自评 − 财政）', 'Mean gap (self − finance)'), dataIndex: 'gap', key: 'gap', align: 'right', render: (v: string) => formatDecimal(v), ...sortable('gap') },
    {
      title: t('标记', 'Flag'),
      key: 'flagged',
      render: (_, r) =>
        r.flagged ? (
          <Tag color="red" data-testid="gap-flag">
            {t('自评虚高', 'Self-scores inflated')}
          </Tag>
        ) : (
          '—'
        ),
    },
  ];
  const projectColumns: TableColumnsType<ProjectGap> = [
    { title: t('项目编号', 'Code'), key: 'code', render: (_, p) => p.project.code },
    { title: t('项目名称', 'Project'), key: 'name', render: (_, p) => <Link to={`/projects/${p.project.id}`}>{p.project.name}</Link> },
    { title: t('自评得分', 'Self score'), dataIndex: 'selfScore', align: 'right', render: (v: string) => formatDecimal(v) },
    { title: t('财政评价得分', 'Finance score'), dataIndex: 'financeScore', align: 'right', render: (v: string) => formatDecimal(v) },
    { title: t('差值', 'Gap'), dataIndex: 'gap', align: 'right', render: (v: string) => formatDecimal(v) },
  ];
  return (
    <div data-testid="gap-table">
    <Table<GapRow>
      rowKey={(r) => r.department.id}
      size="small"
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 900 }}
      onRow={(r) => (r.flagged ? flaggedRow : {})}
      expandable={{
        expandedRowRender: (r) => (
          <Table<ProjectGap> rowKey={(p) => p.project.id} size="small" dataSource={r.projects} columns={projectColumns} pagination={false} />
        ),
      }}
      onChange={(_p, _f, sorter) => {
        const one = Array.isArray(sorter) ? sorter[0] : sorter;
        const key = one?.columnKey as GapSortKey | undefined;
        onSortChange(key && one.order ? { key, order: one.order } : { key: 'rank', order: 'ascend' });
      }}
      // antd's placeholder grey fails AA contrast: the words in the secondary text colour that passes.
      locale={{ emptyText: <span style={{ color: '#595959' }}>{t('本范围本年度尚无同时有自评和财政评价的项目', 'No project here has both a self-evaluation and a finance evaluation this year')}</span> }}
    />
    </div>
  );
}
