import { keepAnswer, startQuery } from '../../api/startup/startupQueries';
import { LatestFiscalYearQuery } from '../analytics/fiscalYearQuery';
import { OverviewQuery } from '../analytics/overviewQuery';
import { DrillRegionsQuery } from '../drilldown/drillQueries';
import { CockpitStartQuery } from './cockpitStartQuery';

/**
 * The cockpit's first figures, asked for by the start-up script while the
 * app's code downloads, so that the page's queries find the answers waiting
 * (api/startup/startupFetch). Without a year in the URL it is one request,
 * cockpitStart, whose parts become the answers to the page's LatestFiscalYear,
 * Overview and DrillRegions (the year is the server's, so nothing waits for
 * it); with ?year= the overview and regions of that year. A cockpit opened on
 * a drill-down place (?region=…) asks for itself. Without a session the server
 * refuses them and the page asks again after login with a new client.
 */
export function prefetchCockpit(search: string, language: string) {
  const params = new URLSearchParams(search);
  if ([...params.keys()].some((key) => key !== 'year')) return;
  const fromUrl = Number(params.get('year'));
  if (fromUrl > 0) {
    void startQuery(OverviewQuery, { fiscalYear: fromUrl, departmentId: null, region: null }, language);
    void startQuery(DrillRegionsQuery, { fiscalYear: fromUrl }, language);
    return;
  }
  const year = startQuery(CockpitStartQuery, {}, language).then((data) => {
    const start = data?.cockpitStart;
    if (!start) return undefined;
    // Kept before the year is handed on: the page asks these once it has the year.
    keepAnswer(OverviewQuery, { fiscalYear: start.fiscalYear, departmentId: null, region: null }, language, { overview: start.overview });
    keepAnswer(DrillRegionsQuery, { fiscalYear: start.fiscalYear }, language, { regionStats: start.regionStats });
    return { latestFiscalYear: start.fiscalYear };
  });
  keepAnswer(LatestFiscalYearQuery, {}, language, year);
}
