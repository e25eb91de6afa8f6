import type { Client } from 'urql';
import { LatestFiscalYearQuery } from '../analytics/fiscalYearQuery';
import { latestYearOf } from '../analytics/latestYear';
import { OverviewQuery } from '../analytics/overviewQuery';
import { DrillRegionsQuery } from '../drilldown/drillQueries';
import { DRILL_LEVELS } from '../drilldown/useDrillPath';

/**
 * The cockpit's first figures without waiting for its code or the viewer:
 * at start-up asks for the year, then the overview and the regions of the
 * drill-down, with the same variables the page will use, so that the page
 * finds them in urql's cache (or in flight) when it mounts. Marked as a
 * prefetch: without a session they are refused, which the client then
 * ignores (RequireLogin decides). A cockpit opened on a drill-down place
 * (?region=…) asks for itself.
 */
export function prefetchCockpit(client: Client, search: string) {
  const context = { prefetch: true };
  const params = new URLSearchParams(search);
  if (DRILL_LEVELS.some((level) => params.has(level))) return;
  const fromUrl = Number(params.get('year'));
  const year = fromUrl > 0 ? Promise.resolve(fromUrl) : client.query(LatestFiscalYearQuery, {}, context).toPromise().then((r) => (r.data ? latestYearOf(r.data) : undefined));
  void year.then((fiscalYear) => {
    if (fiscalYear) void client.query(OverviewQuery, { fiscalYear, departmentId: null, region: null }, context).toPromise();
  });
  void client.query(DrillRegionsQuery, {}, context).toPromise();
}
