import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useClient, useQuery, type AnyVariables, type UseQueryState } from 'urql';
import { useDataChanged } from '../../api/useDataChanged';
import { useRuleSetInForce } from '../../api/useRuleSet';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import { PageNumbers } from '../../components/PageNumbers';
import { PageTitle } from '../../components/PageTitle';
import { exportToExcel } from '../../export/exportToExcel';
import { useExportScope } from '../../export/useExportScope';
import { formatDateTime } from '../../format/date';
import type { Sector } from '../../gql/graphql';
import { useEnumOptions } from '../../i18n/useEnumLabel';
import { useLocale, useT } from '../../i18n/locale';
import { comparisonExportColumns } from '../analytics/comparisonExportColumns';
import { comparisonMetrics, type MetricKey } from '../analytics/comparisonMetrics';
import { comparisonSearch, comparisonWhere, orderOf, parseSort, rankTitle, sortLabel, sortParam, type ComparisonSort } from '../analytics/comparisonParams';
import { ComparisonTable } from '../analytics/ComparisonTable';
import { ComparisonRegionsQuery } from '../analytics/departmentStatsQuery';
import { ExecutionScoreGridQuery } from '../analytics/executionScoreGridQuery';
import { ExecutionScoreScatter } from '../analytics/ExecutionScoreScatter';
import { RANKING_BARS, RankingBars } from '../analytics/RankingBars';
import { RankingBarsQuery } from '../analytics/rankingBarsQuery';
import { fetchAllDepartmentStats, useDepartmentStatsPage } from '../analytics/useDepartmentStats';
import { useFiscalYear } from '../analytics/useFiscalYear';
import { CoverageCard } from '../cockpit/CoverageCard';
import { useCoverage } from '../cockpit/useCoverage';
import { gapSortParam, parseGapSort } from './gapSort';
import { ScoreGapCard } from './ScoreGapCard';

/** A query's data only when it answers the variables asked now (urql keeps the previous answer while the next one loads). */
function answerTo<D, V extends AnyVariables>(result: UseQueryState<D, V>, variables: V): D | undefined {
  return result.data && JSON.stringify(result.operation?.variables) === JSON.stringify(variables) ? result.data : undefined;
}

/**
 * Analysts compare departments: rankings, execution against score, and a
 * sortable table to export. Loading the page costs three small answers,
 * however many departments there are: one page of the table, the top bars and
 * the chart's counted cells — filtered, ordered and ranked by the server.
 * Only the export reads every department.
 */
export default function ComparisonPage() {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useClient();
  const [fiscalYear, setFiscalYear, choosingYear] = useFiscalYear();
  // Filters, search, sort and the ranking metric live in the URL: back, reload and a shared link keep them.
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? undefined;
  const sector = (params.get('sector') as Sector | null) ?? undefined;
  const q = params.get('q') ?? undefined;
  const sort = parseSort(params.get('sort'));
  const metricKey = (params.get('metric') as MetricKey | null) ?? 'averageScore';
  /** Sets a parameter; a new filter or sort starts at page 1. */
  const setParam = (key: string, value: string | undefined, { firstPage = false } = {}) =>
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        if (value) out.set(key, value);
        else out.delete(key);
        if (firstPage) out.delete('page');
        return out;
      },
      { replace: true },
    );
  const setRegion = (v: string | undefined) => setParam('region', v, { firstPage: true });
  const setSector = (v: Sector | undefined) => setParam('sector', v, { firstPage: true });
  const setQuery = (v: string) => setParam('q', v.trim() || undefined, { firstPage: true });
  const setSort = (v: ComparisonSort) => setParam('sort', sortParam(v), { firstPage: true });
  const setMetricKey = (v: MetricKey) => setParam('metric', v === 'averageScore' ? undefined : v);
  const gapsShown = params.get('gaps') !== 'hidden';
  const gapSort = parseGapSort(params.get('gapSort'));
  const sectors = useEnumOptions('Sector');
  const metrics = comparisonMetrics(t);
  const metric = metrics.find((m) => m.key === metricKey) ?? metrics[0];

  // The search box follows the URL (back, forward) and writes it on Enter.
  const [search, setSearch] = useState(q ?? '');
  const [searched, setSearched] = useState(q);
  if (searched !== q) {
    setSearched(q);
    setSearch(q ?? '');
  }

  // Region and sector filter (and rank among) the departments of all three; the name search only finds table rows.
  const where = useMemo(() => comparisonWhere({ region, sector }), [region, sector]);
  const found = comparisonSearch(q);
  const orderBy = useMemo(() => orderOf({ key: sort.key, order: sort.order }), [sort.key, sort.order]);
  const table = useDepartmentStatsPage({ fiscalYear, where, orderBy, search: found, pause: choosingYear });
  const barsVariables = { fiscalYear, first: RANKING_BARS, orderBy: { field: metric.field, direction: 'DESC' as const }, where };
  const [barsResult, reexecuteBars] = useQuery({ query: RankingBarsQuery, variables: barsVariables, pause: choosingYear });
  const bars = answerTo(barsResult, barsVariables)?.departmentStats.edges?.flatMap((e) => (e?.node ? [e.node] : []));
  const gridVariables = { fiscalYear, where };
  const [gridResult, reexecuteGrid] = useQuery({ query: ExecutionScoreGridQuery, variables: gridVariables, pause: choosingYear });
  const grid = answerTo(gridResult, gridVariables)?.executionScoreGrid;
  const [{ data: regionData }] = useQuery({ query: ComparisonRegionsQuery });
  const regions = (regionData?.regions ?? []).filter((r) => r.departmentCount > 0).map((r) => r.name);
  // Live: when the server says the year's figures changed, all three are read again.
  const live = useDataChanged({ fiscalYear, pause: choosingYear }, () => {
    table.refetch();
    reexecuteBars({ requestPolicy: 'network-only' });
    reexecuteGrid({ requestPolicy: 'network-only' });
  });

  // Coverage and the score gaps after the table's first answer, so that they never delay it.
  const [tableAnswered, setTableAnswered] = useState(false);
  const answered = table.connection != null || table.error != null;
  useEffect(() => {
    if (answered) setTableAnswered(true);
  }, [answered]);
  // Coverage is the region's (sectors have none).
  const coverage = useCoverage({ fiscalYear, region, pause: !tableAnswered, live: true });
  // The chart's reference lines: the chosen region's rules, else the national ones.
  const rules = useRuleSetInForce(region ?? null, fiscalYear);

  const [exporting, setExporting] = useState(false);
  const exportScope = useExportScope();

  /** Every department the filters leave, in the table's order (pages of DEPARTMENT_STATS_PAGE_SIZE), to Excel. */
  async function exportAll() {
    const key = 'comparison-export';
    const total = table.totalCount ?? 0;
    setExporting(true);
    message.open({ key, type: 'loading', duration: 0, content: t(`正在读取全部 ${total} 个部门…`, `Reading all ${total} departments…`) });
    try {
      const rows = await fetchAllDepartmentStats(client, { fiscalYear, where, orderBy, search: found });
      message.open({ key, type: 'loading', duration: 0, content: t(`正在生成 Excel（${rows.length} 个部门）…`, `Writing the Excel file (${rows.length} departments)…`) });
      const filters = [
        exportScope({ region }),
        sector ? sectors.find((o) => o.value === sector)?.label : t('全部领域', 'all sectors'),
        ...(found ? [t(`名称含“${found}”`, `name contains “${found}”`)] : []),
      ].join(' · ');
      const order = sortLabel(sort, t);
      const at = formatDateTime(new Date().toISOString());
      await exportToExcel(
        t(`部门比较_${fiscalYear}`, `department-comparison-${fiscalYear}`),
        t('部门比较', 'Comparison'),
        comparisonExportColumns(t, locale, rankTitle(sort, t, where != null)),
        rows,
        t(`部门比较 · ${fiscalYear} 年度 · ${filters} · 按表格当前排序（${order}） · 导出时间 ${at}`, `Department comparison · FY ${fiscalYear} · ${filters} · in the table's order (${order}) · exported ${at}`),
      );
      message.open({ key, type: 'success', content: t(`已导出 ${rows.length} 个部门`, `${rows.length} departments exported`) });
    } catch {
      message.open({ key, type: 'error', content: t('导出失败，请重试', 'Export failed; please try again') });
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      <PageTitle
        title={t('部门比较', 'Department comparison')}
        extra={
          <>
            {live && (
              <Tag color="green" data-testid="live" title={t('数据变化时自动更新', 'Updates itself when the figures change')}>
                {t('实时', 'Live')}
              </Tag>
            )}
            <FiscalYearSelect value={fiscalYear} onChange={(y) => y && setFiscalYear(y)} />
            <Select allowClear placeholder={t('全部区域', 'All regions')} aria-label={t('区域', 'Region')} style={{ width: 140 }} value={region} onChange={setRegion} options={regions.map((r) => ({ value: r, label: r }))} />
            <Select<Sector> allowClear placeholder={t('全部领域', 'All sectors')} aria-label={t('领域', 'Sector')} style={{ width: 150 }} value={sector} onChange={setSector} options={sectors} />
            <Input.Search
              allowClear
              placeholder={t('部门名称', 'Department name')}
              aria-label={t('按部门名称查找', 'Find a department by name')}
              style={{ width: 200 }}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={setQuery}
            />
          </>
        }
      />
      <ErrorAlert error={table.error ?? barsResult.error ?? gridResult.error} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('排名', 'Ranking')}
            extra={<Select<MetricKey> size="small" value={metricKey} onChange={setMetricKey} style={{ width: 170 }} aria-label={t('排名指标', 'Rank by')} options={metrics.map((m) => ({ value: m.key, label: m.label }))} />}
          >
            <RankingBars nodes={bars} metric={metric} onPick={(bar) => navigate(`/cockpit?year=${fiscalYear}&region=${encodeURIComponent(bar.region)}&dept=${bar.departmentId}`)} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('执行率与得分', 'Execution rate vs score')}
            extra={
              grid && (
                <Typography.Text type="secondary" data-testid="grid-count">
                  {t(`共 ${grid.departmentCount} 个已评分部门`, `${grid.departmentCount} scored departments`)}
                </Typography.Text>
              )
            }
          >
            <ExecutionScoreScatter grid={grid} rules={rules} />
          </Card>
        </Col>
      </Row>
      <div style={{ marginBottom: 16 }}>
        <CoverageCard fiscalYear={fiscalYear} scope={region ?? t('全市', 'whole city')} current={coverage.current} previous={coverage.previous} loading={coverage.loading} error={coverage.error} />
      </div>
      <Card
        size="small"
        style={{ marginBottom: 16 }}
        title={t('部门明细', 'Departments')}
        data-testid="departments"
        extra={
          <Space>
            <Button icon={<DownloadOutlined />} loading={exporting} disabled={!table.totalCount} onClick={exportAll}>
              {t('导出 Excel', 'Export to Excel')}
            </Button>
          </Space>
        }
      >
        <ComparisonTable rows={table.rows ?? []} loading={table.fetching} sort={sort} onSortChange={setSort} filtered={where != null} />
        <PageNumbers list={table} />
      </Card>
      <ScoreGapCard
        fiscalYear={fiscalYear}
        region={region}
        shown={gapsShown}
        onShownChange={(v) => setParam('gaps', v ? undefined : 'hidden')}
        sort={gapSort}
        onSortChange={(v) => setParam('gapSort', gapSortParam(v) ?? undefined)}
        pause={!tableAnswered}
      />
    </>
  );
}
