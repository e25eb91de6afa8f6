import { Descriptions, Table, Typography } from 'antd';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCursorPagination } from '../../components/useCursorPagination';
import { formatDecimal } from '../../format/decimal';
import { formatYuan } from '../../format/money';
import type { PublicTargetsQuery as PublicTargetsData } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import type { PublicFilters } from './publicFilters';
import { PublicEvidenceList } from './PublicEvidenceList';
import { PublicTargetsQuery } from './publicOperations';

type Row = PublicTargetsData['publicTargets']['edges'][number]['node'];
type Indicator = Row['indicators'][number];

/** The published (approved) targets of the page's filters, a page at a time, each with its indicators. */
export function PublicTargetsTable({ filters }: { filters: PublicFilters }) {
  const t = useT();
  const label = useEnumLabel();
  const pagination = useCursorPagination(JSON.stringify(filters));
  const [{ data, fetching, error }] = useQuery({
    query: PublicTargetsQuery,
    variables: { ...filters, first: pagination.first, after: pagination.after },
  });
  const rows = (data?.publicTargets.edges ?? []).map((e) => e.node);
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
        data-testid="public-targets"
        expandable={{
          expandedRowRender: (r) => (
            <>
              <Descriptions column={1} size="small" bordered style={{ marginBottom: 12 }}>
                <Descriptions.Item label={t('年度总体目标', 'Overall goal')}>{r.goal || '—'}</Descriptions.Item>
                {r.evidence.length > 0 && (
                  <Descriptions.Item label={t('公开的佐证材料', 'Public evidence')}>
                    <PublicEvidenceList files={r.evidence} />
                  </Descriptions.Item>
                )}
              </Descriptions>
              <Table<Indicator>
                rowKey={(i) => `${i.category}-${i.subcategory}-${i.name}`}
                size="small"
                pagination={false}
                dataSource={r.indicators}
                scroll={{ x: 700 }}
                columns={[
                  { title: t('一级指标', 'Level 1'), dataIndex: 'category', width: 100, render: (v: string) => label('IndicatorCategory', v) },
                  { title: t('二级指标', 'Level 2'), dataIndex: 'subcategory', width: 130, render: (v: string) => label('Subcategory', v) },
                  { title: t('三级指标', 'Indicator'), dataIndex: 'name' },
                  { title: t('比较符', 'Comparator'), dataIndex: 'comparator', width: 120, align: 'center', render: (v: string) => label('Comparator', v) },
                  {
                    title: t('指标值', 'Target'),
                    key: 'target',
                    width: 140,
                    align: 'right',
                    render: (_, i) => (i.comparator === 'QUALITATIVE' ? (i.targetText ?? '—') : formatDecimal(i.targetValue, { trim: true })),
                  },
                  { title: t('计量单位', 'Unit'), dataIndex: 'unit', width: 90, render: (v: string | null) => v ?? '—' },
                ]}
              />
            </>
          ),
        }}
        columns={[
          {
            title: t('目标对象', 'Subject'),
            key: 'subject',
            render: (_, r) => (r.projectName ? `${r.projectCode ?? ''} ${r.projectName}` : t(`${r.departmentName}（部门整体）`, `${r.departmentName} (department-wide)`)),
          },
          { title: t('部门', 'Department'), dataIndex: 'departmentName' },
          { title: t('领域', 'Sector'), dataIndex: 'sector', width: 110, render: (v: string) => label('Sector', v) },
          { title: t('批复金额（元）', 'Approved (yuan)'), dataIndex: 'approvedAmount', width: 160, align: 'right', render: (v: string | null) => (v ? formatYuan(v) : '—') },
          {
            title: t('指标数', 'Indicators'),
            key: 'indicators',
            width: 90,
            align: 'right',
            render: (_, r) => <Typography.Text>{r.indicators.length}</Typography.Text>,
          },
        ]}
      />
      <CursorPager
        pagination={pagination}
        totalCount={data?.publicTargets.totalCount}
        hasNextPage={data?.publicTargets.pageInfo.hasNextPage ?? false}
        endCursor={data?.publicTargets.pageInfo.endCursor}
        loading={fetching}
      />
    </>
  );
}
