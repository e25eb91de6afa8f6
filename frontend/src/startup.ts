// The page's first script (its own entry, run before the app's code has
// arrived; see vite.config.ts): asks for the viewer and, on the cockpit, its
// first figures, so that the answers are there when React asks for them
// (api/startup). Kept small: everything it imports is loaded before it runs.
import { acceptLanguage } from './api/acceptLanguage';
import { startQuery } from './api/startup/startupQueries';
import { ViewerQuery } from './auth/operations';
import { storedLocale } from './i18n/storedLocale';
import { prefetchCockpit } from './pages/cockpit/prefetchCockpit';
import { preloadCockpitCode } from './preloadPageCode';

performance.mark('jixiao:boot');
const language = acceptLanguage(storedLocale());
void startQuery(ViewerQuery, {}, language);
if (window.location.pathname === '/cockpit') {
  preloadCockpitCode();
  prefetchCockpit(window.location.search, language);
}
