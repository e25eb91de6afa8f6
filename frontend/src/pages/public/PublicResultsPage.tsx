import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Input, Layout, Select, Space, Tabs, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { currentFiscalYear } from '../../format/date';
import type { Sector } from '../../gql/graphql';
import { useEnumOptions } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { departmentOptions, publicView, type PublicFilters } from './publicFilters';
import { PublicDepartmentsQuery } from './publicOperations';
import { publicDownloadUrl } from './publicDownloads';
import { PublicResultsTable } from './PublicResultsTable';
import { PublicTargetsTable } from './PublicTargetsTable';

/**
 * 绩效信息公开: what finance has published, for anyone (no login): the
 * evaluation results and, in a tab of their own, the approved targets. The
 * filters and the tab live in the URL (fiscalYear, departmentId, sector,
 * search, view) so a list can be linked; the downloads carry the same filters.
 */
export default function PublicResultsPage() {
  const t = useT();
  const sectors = useEnumOptions('Sector');
  const [params, setParams] = useSearchParams();
  // Results of a year are published in the year after it.
  const fiscalYear = Number(params.get('fiscalYear')) || currentFiscalYear() - 1;
  const sector = (params.get('sector') as Sector | null) ?? undefined;
  const search = params.get('search') ?? undefined;
  const departmentId = params.get('departmentId') ?? undefined;
  const view = publicView(params.get('view'));
  const filters: PublicFilters = { fiscalYear, sector, search, departmentId };
  const [departments] = useQuery({ query: PublicDepartmentsQuery, variables: { fiscalYear } });
  useDocumentTitle(t('绩效信息公开', 'Performance results'));
  const set = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value != null && value !== '') next.set(key, String(value));
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

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
              '此处公开财政部门已发布的绩效评价结果（得分、等级、存在问题与意见建议、批复的绩效目标，以及决定公开的结果应用）和已批复的绩效目标。',
              'Evaluation results finance has published (score, grade, findings and recommendations, the approved goal, and the budget links marked for disclosure) and the approved performance targets.',
            )}
          </Typography.Paragraph>
          <Space wrap style={{ marginBottom: 16 }}>
            {/* Another year has other departments: the chosen one is dropped with the year. */}
            <FiscalYearSelect value={fiscalYear} onChange={(y) => set({ fiscalYear: y, departmentId: undefined })} />
            <Select<string>
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('全部部门', 'All departments')}
              aria-label={t('部门', 'Department')}
              data-testid="public-department"
              style={{ width: 240 }}
              loading={departments.fetching}
              value={departmentId}
              onChange={(v) => set({ departmentId: v })}
              options={departmentOptions(departments.data?.publicDepartments ?? [], sector, departmentId)}
            />
            <Select<Sector> allowClear placeholder={t('全部领域', 'All sectors')} aria-label={t('行业领域', 'Sector')} style={{ width: 150 }} value={sector} onChange={(v) => set({ sector: v })} options={sectors} />
            <Input.Search
              allowClear
              placeholder={t('项目名称、编码或部门', 'Project name, code or department')}
              aria-label={t('搜索', 'Search')}
              defaultValue={search}
              maxLength={50}
              onSearch={(v) => set({ search: v.trim() })}
              style={{ width: 260 }}
            />
            {/* The downloads hold the rows of the open tab, with the same filters. */}
            <Button icon={<DownloadOutlined aria-hidden />} href={publicDownloadUrl('csv', filters, view)} download data-testid="public-download-csv">
              {t('下载 CSV', 'Download CSV')}
            </Button>
            <Button icon={<DownloadOutlined aria-hidden />} href={publicDownloadUrl('json', filters, view)} download data-testid="public-download-json">
              {t('下载 JSON', 'Download JSON')}
            </Button>
          </Space>
          <Tabs
            activeKey={view}
            onChange={(key) => set({ view: key === 'targets' ? 'targets' : undefined })}
            items={[
              { key: 'results', label: t('评价结果', 'Evaluation results'), children: <PublicResultsTable filters={filters} /> },
              { key: 'targets', label: t('绩效目标', 'Performance targets'), children: <PublicTargetsTable filters={filters} /> },
            ]}
          />
        </Card>
      </Layout.Content>
    </Layout>
  );
}
