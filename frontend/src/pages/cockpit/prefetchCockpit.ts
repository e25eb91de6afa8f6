import type { Client } from 'urql';
import { LatestFiscalYearQuery } from '../analytics/fiscalYearQuery';
import { latestYearOf } from '../analytics/latestYear';
import { OverviewQuery } from '../analytics/overviewQuery';
import { DrillRegionsQuery } from '../drilldown/drillQueries';
import { DRILL_LEVELS } from '../drilldown/useDrillPath';

/**
 * The cockpit's first figures without waiting for its code: once the viewer
 * is known, asks for the year, then the city-wide overview and the regions of
 * the drill-down, with the same variables the page will use, so that the
 * page finds them in urql's cache (or in flight) when it mounts. A cockpit
 * opened on a drill-down place (?region=… ) asks for itself.
 */
export function prefetchCockpit(client: Client, search: string) {
  const params = new URLSearchParams(search);
  if (DRILL_LEVELS.some((level) => params.has(level))) return;
  const fromUrl = Number(params.get('year'));
  const year = fromUrl > 0 ? Promise.resolve(fromUrl) : client.query(LatestFiscalYearQuery, {}).toPromise().then((r) => latestYearOf(r.data));
  void year.then((fiscalYear) => client.query(OverviewQuery, { fiscalYear, departmentId: null, region: null }).toPromise());
  void client.query(DrillRegionsQuery, {}).toPromise();
}
