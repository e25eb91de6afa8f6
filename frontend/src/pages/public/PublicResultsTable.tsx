import { Descriptions, Table } from 'antd';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { EnumTag } from '../../components/EnumTag';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCursorPagination } from '../../components/useCursorPagination';
import { formatDate } from '../../format/date';
import { formatDecimal } from '../../format/decimal';
import { formatYuan } from '../../format/money';
import type { PublicResultsQuery as PublicResultsData } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import type { PublicFilters } from './publicFilters';
import { PublicResultsQuery } from './publicOperations';

type Row = PublicResultsData['publicResults']['edges'][number]['node'];

/** The published evaluation results of the page's filters, a page at a time. */
export function PublicResultsTable({ filters }: { filters: PublicFilters }) {
  const t = useT();
  const label = useEnumLabel();
  const pagination = useCursorPagination(JSON.stringify(filters));
  const [{ data, fetching, error }] = useQuery({
    query: PublicResultsQuery,
    variables: { ...filters, first: pagination.first, after: pagination.after },
  });
  const rows = (data?.publicResults.edges ?? []).map((e) => e.node);
  const links = (r: Row) =>
    r.budgetLinks.length === 0
      ? '—'
      : r.budgetLinks
          .map((l) => {
            const change = l.amount ? ` ${formatYuan(l.amount)}` : l.percent ? ` ${formatDecimal(l.percent)}%` : '';
            return t(`${l.fiscalYear} 年度预算：${label('BudgetLinkSuggestion', l.suggestion)}${change}`, `FY ${l.fiscalYear} budget: ${label('BudgetLinkSuggestion', l.suggestion)}${change}`);
          })
          .join('；');
  return (
    <>
      <ErrorAlert error={error} />
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={fetching}
        pagination={false}
        dataSource={rows}
        scroll={{ x: 900 }}
        data-testid="public-results"
        expandable={{
          expandedRowRender: (r) => (
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('总体目标', 'Overall goal')}>{r.goal ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('存在问题', 'Findings')}>{r.findings || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('意见建议', 'Recommendations')}>{r.recommendations || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('结果应用', 'Budget links')}>{links(r)}</Descriptions.Item>
              <Descriptions.Item label={t('公开时间', 'Published')}>{formatDate(r.publishedAt)}</Descriptions.Item>
            </Descriptions>
          ),
        }}
        columns={[
          {
            title: t('评价对象', 'Subject'),
            key: 'subject',
            render: (_, r) => (r.projectName ? `${r.projectCode} ${r.projectName}` : t(`${r.departmentName}（部门整体）`, `${r.departmentName} (department-wide)`)),
          },
          { title: t('部门', 'Department'), dataIndex: 'departmentName' },
          { title: t('类型', 'Kind'), dataIndex: 'kind', width: 130, render: (v: string) => label('EvaluationKind', v) },
          { title: t('领域', 'Sector'), dataIndex: 'sector', width: 110, render: (v: string | null) => (v ? label('Sector', v) : '—') },
          { title: t('总分', 'Total'), dataIndex: 'totalScore', width: 80, align: 'right', render: (v: string | null) => formatDecimal(v) },
          { title: t('等级', 'Grade'), dataIndex: 'grade', width: 80, render: (v: string | null) => <EnumTag enumName="Grade" value={v} /> },
        ]}
      />
      <CursorPager
        pagination={pagination}
        totalCount={data?.publicResults.totalCount}
        hasNextPage={data?.publicResults.pageInfo.hasNextPage ?? false}
        endCursor={data?.publicResults.pageInfo.endCursor}
        loading={fetching}
      />
    </>
  );
}
