import { ViewerQuery } from '../../auth/operations';
import { prefetchCockpit } from '../../pages/cockpit/prefetchCockpit';
import type { StartQuery } from './startupQueries';

/**
 * The queries the start-up script sends for the page the browser opened on:
 * the viewer, and on the cockpit its first figures (the year, then what
 * needs it). Run by the start-up worker (startupWorker.ts), or on the main
 * thread where there is no worker (startup.ts): the same chain either way.
 */
export function startupPlan(pathname: string, search: string, language: string, startQuery: StartQuery) {
  void startQuery(ViewerQuery, {}, language);
  if (pathname === '/cockpit') prefetchCockpit(search, language, startQuery);
}
