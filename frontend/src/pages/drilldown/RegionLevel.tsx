import { useStartupQuery } from '../../api/startup/useStartupQuery';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PlainTable } from '../../components/PlainTable';
import { useT } from '../../i18n/locale';
import { formatDecimal, formatPercent } from '../../format/decimal';
import { formatWan, toFen } from '../../format/money';
import { DrillRegionsQuery } from './drillQueries';
import { useDrillPath } from './useDrillPath';

/** Level 1: regions (市本级 and the counties) with the viewer's departments in each and their figures of the year, added up by the server (regionStats); one small query, which the start-up script asks for on the cockpit before the code arrives (prefetchCockpit). A plain table, as it is part of the cockpit's first figures (components/PlainTable). */
export function RegionLevel({ fiscalYear, pause = false, onPick }: { fiscalYear: number; pause?: boolean; onPick: (region: string) => void }) {
  const t = useT();
  const { hrefFor } = useDrillPath();
  const [{ data, fetching, error }] = useStartupQuery({ query: DrillRegionsQuery, variables: { fiscalYear }, pause });
  const loading = (pause || fetching) && !data;
  const rows = (data?.regionStats ?? [])
    .filter((r) => r.departmentCount > 0)
    .map((r) => {
      // A region without a budget has no execution to show either: "—", not 0.
      const budgeted = toFen(r.budget) > 0n;
      return {
        region: r.region,
        count: r.departmentCount,
        budget: budgeted ? formatWan(r.budget) : '—',
        executionRate: budgeted ? formatPercent(r.executionRate) : '—',
        averageScore: formatDecimal(r.averageScore),
      };
    })
    .sort((a, b) => a.region.localeCompare(b.region, 'zh'));
  return (
    <>
      <ErrorAlert error={error} />
      {/* A plain table: the cockpit's first figures include its rows, and antd's Table measures the page on mount (PlainTable). */}
      <PlainTable
        rows={rows}
        rowKey={(r) => r.region}
        loading={loading}
        onRowClick={(r) => onPick(r.region)}
        columns={[
          { key: 'region', title: t('区域', 'Region'), render: (r) => (
            <Link to={hrefFor('region', r.region)} onClick={(e) => e.stopPropagation()}>
              {r.region}
            </Link>
          ) },
          { key: 'count', title: t('部门/单位数', 'Departments'), align: 'right', render: (r) => r.count },
          { key: 'budget', title: t('预算（万元）', 'Budget (10k yuan)'), align: 'right', render: (r) => r.budget, cellProps: { 'data-testid': 'region-budget' } },
          { key: 'executionRate', title: t('执行率', 'Execution rate'), align: 'right', render: (r) => r.executionRate },
          { key: 'averageScore', title: t('平均得分', 'Average score'), align: 'right', render: (r) => r.averageScore, cellProps: { 'data-testid': 'region-score' } },
        ]}
      />
    </>
  );
}
