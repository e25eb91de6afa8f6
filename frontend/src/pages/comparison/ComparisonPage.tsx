import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Select, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import { PageTitle } from '../../components/PageTitle';
import { exportToExcel } from '../../export/exportToExcel';
import { useExportScope } from '../../export/useExportScope';
import { formatDateTime } from '../../format/date';
import type { Sector } from '../../gql/graphql';
import { useEnumOptions } from '../../i18n/useEnumLabel';
import { useLocale, useT } from '../../i18n/locale';
import { comparisonExportColumns } from '../analytics/comparisonExportColumns';
import { comparisonMetrics, type MetricKey } from '../analytics/comparisonMetrics';
import { ComparisonTable } from '../analytics/ComparisonTable';
import { useRuleSetInForce } from '../../api/useRuleSet';
import { ExecutionScoreScatter } from '../analytics/ExecutionScoreScatter';
import { RankingBars } from '../analytics/RankingBars';
import { useDepartmentStats, type DepartmentStatsRow } from '../analytics/useDepartmentStats';
import { useFiscalYear } from '../analytics/useFiscalYear';
import { CoverageCard } from '../cockpit/CoverageCard';
import { useCoverage } from '../cockpit/useCoverage';
import { gapSortParam, parseGapSort } from './gapSort';
import { ScoreGapCard } from './ScoreGapCard';

/** Analysts compare departments: rankings, execution against score, and a sortable table to export. */
export default function ComparisonPage() {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [fiscalYear, setFiscalYear] = useFiscalYear();
  // Filters and the ranking metric live in the URL: back, reload and a shared link keep them.
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? undefined;
  const sector = (params.get('sector') as Sector | null) ?? undefined;
  const metricKey = (params.get('metric') as MetricKey | null) ?? 'averageScore';
  const setParam = (key: string, value: string | undefined) =>
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        if (value) out.set(key, value);
        else out.delete(key);
        return out;
      },
      { replace: true },
    );
  const setRegion = (v: string | undefined) => setParam('region', v);
  const setSector = (v: Sector | undefined) => setParam('sector', v);
  const setMetricKey = (v: MetricKey) => setParam('metric', v === 'averageScore' ? undefined : v);
  const gapsShown = params.get('gaps') !== 'hidden';
  const gapSort = parseGapSort(params.get('gapSort'));
  const sectors = useEnumOptions('Sector');
  const stats = useDepartmentStats(fiscalYear);
  // Coverage and the score gaps after the page's own figures; coverage is the region's (sectors have none).
  const coverage = useCoverage({ fiscalYear, region, pause: stats.loading, live: true });
  // The scatter's reference lines: the chosen region's rules, else the national ones.
  const rules = useRuleSetInForce(region ?? null, fiscalYear);
  const metrics = comparisonMetrics(t);
  const metric = metrics.find((m) => m.key === metricKey) ?? metrics[0];
  const regions = [...new Set((stats.rows ?? []).map((r) => r.region))].sort();
  const rows = useMemo(() => (stats.rows ?? []).filter((r) => (!region || r.region === region) && (!sector || r.sector === sector)), [stats.rows, region, sector]);
  const [shown, setShown] = useState<DepartmentStatsRow[]>();
  const visible = shown && shown.length === rows.length && shown.every((r) => rows.includes(r)) ? shown : rows;
  const [exporting, setExporting] = useState(false);
  const exportScope = useExportScope();

  async function exportShown() {
    setExporting(true);
    try {
      const filters = [exportScope({ region }), sector ? sectors.find((o) => o.value === sector)?.label : t('全部领域', 'all sectors')].join(' · ');
      const at = formatDateTime(new Date().toISOString());
      await exportToExcel(
        t(`部门比较_${fiscalYear}`, `department-comparison-${fiscalYear}`),
        t('部门比较', 'Comparison'),
        comparisonExportColumns(t, locale),
        visible,
        t(`部门比较 · ${fiscalYear} 年度 · ${filters} · 按表格当前排序 · 导出时间 ${at}`, `Department comparison · FY ${fiscalYear} · ${filters} · in the table's order · exported ${at}`),
      );
    } catch {
      message.error(t('导出失败，请重试', 'Export failed; please try again'));
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
            {stats.live && (
              <Tag color="green" data-testid="live" title={t('数据变化时自动更新', 'Updates itself when the figures change')}>
                {t('实时', 'Live')}
              </Tag>
            )}
            <FiscalYearSelect value={fiscalYear} onChange={(y) => y && setFiscalYear(y)} />
            <Select allowClear placeholder={t('全部区域', 'All regions')} aria-label={t('区域', 'Region')} style={{ width: 140 }} value={region} onChange={setRegion} options={regions.map((r) => ({ value: r, label: r }))} />
            <Select<Sector> allowClear placeholder={t('全部领域', 'All sectors')} aria-label={t('领域', 'Sector')} style={{ width: 150 }} value={sector} onChange={setSector} options={sectors} />
          </>
        }
      />
      <ErrorAlert error={stats.error} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('排名', 'Ranking')}
            extra={<Select<MetricKey> size="small" value={metricKey} onChange={setMetricKey} style={{ width: 170 }} aria-label={t('排名指标', 'Rank by')} options={metrics.map((m) => ({ value: m.key, label: m.label }))} />}
          >
            <RankingBars rows={rows} metric={metric} onPick={(id) => navigate(`/cockpit?year=${fiscalYear}&region=${encodeURIComponent(rows.find((r) => r.departmentId === id)?.region ?? '')}&dept=${id}`)} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('执行率与得分', 'Execution rate vs score')}>
            <ExecutionScoreScatter rows={rows} rules={rules} />
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
        extra={
          <Space>
            <Button icon={<DownloadOutlined />} loading={exporting} disabled={visible.length === 0} onClick={exportShown}>
              {t('导出 Excel', 'Export to Excel')}
            </Button>
          </Space>
        }
      >
        <ComparisonTable rows={rows} loading={stats.loading} onSortedChange={setShown} />
      </Card>
      <ScoreGapCard
        fiscalYear={fiscalYear}
        region={region}
        shown={gapsShown}
        onShownChange={(v) => setParam('gaps', v ? undefined : 'hidden')}
        sort={gapSort}
        onSortChange={(v) => setParam('gapSort', gapSortParam(v) ?? undefined)}
        pause={stats.loading}
      />
    </>
  );
}
