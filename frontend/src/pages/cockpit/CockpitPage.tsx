import { Card, Col, Row, Tag, Typography } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import { PageTitle } from '../../components/PageTitle';
import { formatDecimal, formatPercent } from '../../format/decimal';
import { formatWan } from '../../format/money';
import { useT } from '../../i18n/locale';
import { ExecutionGauge } from '../analytics/ExecutionGauge';
import { GradeDistribution } from '../analytics/GradeDistribution';
import { KpiCard } from '../analytics/KpiCard';
import { MonthlyCurve } from '../analytics/MonthlyCurve';
import { useFiscalYear } from '../analytics/useFiscalYear';
import { useOverview } from '../analytics/useOverview';
import { DrillDownPanel } from '../drilldown/DrillDownPanel';
import { useDrillPath } from '../drilldown/useDrillPath';
import { CoverageCard } from './CoverageCard';
import { useCoverage } from './useCoverage';
import { useScopeName } from './useScopeName';

/**
 * The leaders' cockpit (驾驶舱): the year's totals, execution against time,
 * grades and warnings, for the whole city or the region / department the
 * drill-down stands on.
 */
export default function CockpitPage() {
  const t = useT();
  const [fiscalYear, setFiscalYear, choosingYear] = useFiscalYear();
  const { path } = useDrillPath();
  const { data: o, fetching: loadingFigures, error, live } = useOverview({ fiscalYear, region: path.region, departmentId: path.dept, pause: choosingYear });
  const fetching = loadingFigures || choosingYear;
  const scope = useScopeName(path);
  // Coverage after the figures: the first queries (prefetchCockpit) stay as they are.
  const coverage = useCoverage({ fiscalYear, region: path.region, departmentId: path.dept, pause: fetching || (!o && !error), refreshWith: o });

  return (
    <>
      <PageTitle
        printable
        title={t('驾驶舱', 'Cockpit')}
        extra={
          <>
            {live && (
              <Tag color="green" data-testid="live" title={t('数据变化时自动更新', 'Updates itself when the figures change')}>
                {t('实时', 'Live')}
              </Tag>
            )}
            <FiscalYearSelect value={fiscalYear} onChange={(y) => y && setFiscalYear(y)} />
          </>
        }
      />
      <Typography.Paragraph type="secondary" data-testid="scope">
        {t(`统计范围：${scope}`, `Scope: ${scope}`)}
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={8} xl={4}>
          <KpiCard title={t('项目数', 'Projects')} value={o?.projectCount} loading={fetching} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <KpiCard title={t('预算总额（万元）', 'Budget (10k yuan)')} value={o && formatWan(o.budget)} loading={fetching} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <KpiCard title={t('已支出（万元）', 'Paid (10k yuan)')} value={o && formatWan(o.paid)} loading={fetching} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <KpiCard title={t('预算执行率', 'Execution rate')} value={o && (o.projectCount === 0 || /^0(\.0+)?$/.test(o.budget) ? '—' : formatPercent(o.executionRate))} loading={fetching} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <KpiCard title={t('平均得分', 'Average score')} value={o && formatDecimal(o.averageScore)} loading={fetching} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <KpiCard title={t('红色预警项目', 'Red-warning projects')} value={o?.redWarnings} loading={fetching} color={o && o.redWarnings > 0 ? '#cf1322' : undefined} />
        </Col>
      </Row>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={8}>
          <Card title={t('预算执行进度', 'Execution vs time')} size="small" loading={fetching} style={{ height: '100%' }}>
            {o && <ExecutionGauge executionRate={o.executionRate} timeProgress={o.timeProgress} warning={o.executionWarning} />}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('月度支出进度', 'Monthly payments')} size="small" loading={fetching} style={{ height: '100%' }}>
            {o && <MonthlyCurve months={o.months} budget={o.budget} />}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('评价等级分布', 'Grade distribution')} size="small" loading={fetching} data-testid="grade-distribution" style={{ height: '100%' }}>
            {o && (
              <GradeDistribution counts={{ EXCELLENT: o.gradeCounts.excellent, GOOD: o.gradeCounts.good, FAIR: o.gradeCounts.fair, POOR: o.gradeCounts.poor }} />
            )}
          </Card>
        </Col>
      </Row>
      <div style={{ marginBottom: 16 }}>
        <CoverageCard fiscalYear={fiscalYear} current={coverage.current} previous={coverage.previous} loading={coverage.loading} error={coverage.error} />
      </div>
      <DrillDownPanel fiscalYear={fiscalYear} choosingYear={choosingYear} />
    </>
  );
}
