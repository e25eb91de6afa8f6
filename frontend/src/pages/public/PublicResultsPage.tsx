import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Input, Layout, Select, Space, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { EnumTag } from '../../components/EnumTag';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import { useCursorPagination } from '../../components/useCursorPagination';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { currentFiscalYear, formatDate } from '../../format/date';
import { formatDecimal } from '../../format/decimal';
import { formatYuan } from '../../format/money';
import type { PublicResultsQuery as PublicResultsData, Sector } from '../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { PublicResultsQuery } from './publicOperations';
import { publicDownloadUrl } from './publicDownloads';

type Row = PublicResultsData['publicResults']['edges'][number]['node'];

/**
 * 绩效信息公开: what finance has published, for anyone (no login). The
 * filters live in the URL (fiscalYear, sector, search, departmentId) so a
 * result list can be linked; the downloads carry the same filters.
 */
export default function PublicResultsPage() {
  const t = useT();
  const label = useEnumLabel();
  const sectors = useEnumOptions('Sector');
  const [params, setParams] = useSearchParams();
  // Results of a year are published in the year after it.
  const fiscalYear = Number(params.get('fiscalYear')) || currentFiscalYear() - 1;
  const sector = (params.get('sector') as Sector | null) ?? undefined;
  const search = params.get('search') ?? undefined;
  const departmentId = params.get('departmentId') ?? undefined;
  const filters = { fiscalYear, sector, search, departmentId };
  const pagination = useCursorPagination(JSON.stringify(filters));
  const [{ data, fetching, error }] = useQuery({
    query: PublicResultsQuery,
    variables: { ...filters, first: pagination.first, after: pagination.after },
  });
  useDocumentTitle(t('绩效信息公开', 'Performance results'));
  const rows = (data?.publicResults.edges ?? []).map((e) => e.node);
  const set = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value != null && value !== '') next.set(key, String(value));
    else next.delete(key);
    setParams(next, { replace: true });
  };
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
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#fff', display: 'flex', alignItems: 'center', gap: 16, borderBottom: '1px solid #f0f0f0' }}>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 20, flex: 1 }}>
          {t('预算绩效信息公开', 'Budget performance: published results')}
        </Typography.Title>
        <LanguageSwitch />
        <Link to="/login">{t('工作人员登录', 'Staff login')}</Link>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <Card>
          <Typography.Paragraph type="secondary">
            {t(
              '此处公开财政部门已发布的绩效评价结果：得分、等级、存在问题与意见建议、批复的绩效目标，以及决定公开的结果应用。',
              'Evaluation results finance has published: score, grade, findings and recommendations, the approved goal, and the budget links marked for disclosure.',
            )}
          </Typography.Paragraph>
          <Space wrap style={{ marginBottom: 16 }}>
            <FiscalYearSelect value={fiscalYear} onChange={(y) => set('fiscalYear', y)} />
            <Select<Sector> allowClear placeholder={t('全部领域', 'All sectors')} aria-label={t('行业领域', 'Sector')} style={{ width: 150 }} value={sector} onChange={(v) => set('sector', v)} options={sectors} />
            <Input.Search
              allowClear
              placeholder={t('项目名称、编码或部门', 'Project name, code or department')}
              aria-label={t('搜索', 'Search')}
              defaultValue={search}
              maxLength={50}
              onSearch={(v) => set('search', v.trim())}
              style={{ width: 260 }}
            />
            <Button icon={<DownloadOutlined aria-hidden />} href={publicDownloadUrl('csv', filters)} download data-testid="public-download-csv">
              {t('下载 CSV', 'Download CSV')}
            </Button>
            <Button icon={<DownloadOutlined aria-hidden />} href={publicDownloadUrl('json', filters)} download data-testid="public-download-json">
              {t('下载 JSON', 'Download JSON')}
            </Button>
          </Space>
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
        </Card>
      </Layout.Content>
    </Layout>
  );
}
