import { startQuery } from '../../api/startup/startupQueries';
import { LatestFiscalYearQuery } from '../analytics/fiscalYearQuery';
import { latestYearOf } from '../analytics/latestYear';
import { OverviewQuery } from '../analytics/overviewQuery';
import { DrillRegionsQuery } from '../drilldown/drillQueries';

/**
 * The cockpit's first figures, asked for by the start-up script while the
 * app's code downloads: the year, then the overview, and the regions of the
 * drill-down, with the same variables the page will use, so that its queries
 * find the answers waiting (api/startup/startupFetch). A cockpit opened on a
 * drill-down place (?region=…) asks for itself. Without a session the server
 * refuses them, and nobody takes the refusal (RequireLogin sends the visitor
 * to the login page, whose new client never does).
 */
export function prefetchCockpit(search: string, language: string) {
  const params = new URLSearchParams(search);
  if ([...params.keys()].some((key) => key !== 'year')) return;
  const fromUrl = Number(params.get('year'));
  const year = fromUrl > 0 ? Promise.resolve(fromUrl) : startQuery(LatestFiscalYearQuery, {}, language).then((data) => data && latestYearOf(data));
  void year.then((fiscalYear) => {
    if (!fiscalYear) return;
    void startQuery(OverviewQuery, { fiscalYear, departmentId: null, region: null }, language);
    void startQuery(DrillRegionsQuery, { fiscalYear }, language);
  });
}
