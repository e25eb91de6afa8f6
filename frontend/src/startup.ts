// The page's first script (its own entry, run before the app's code has
// arrived; see vite.config.ts): asks for the viewer and, on the cockpit, its
// first figures, so that the answers are there when React asks for them
// (api/startup). The queries leave from the start-up worker where there is
// one, so that those waiting for another's answer do not wait for the main
// thread (api/startup/startupWorkerClient). Kept small: everything it imports
// is loaded before it runs.
import { acceptLanguage } from './api/acceptLanguage';
import { startStartupQueries } from './api/startup/startupWorkerClient';
import { storedLocale } from './i18n/storedLocale';
import { preloadCockpitCode } from './preloadPageCode';

performance.mark('jixiao:boot');
const language = acceptLanguage(storedLocale());
startStartupQueries(window.location.pathname, window.location.search, language);
if (window.location.pathname === '/cockpit') preloadCockpitCode();
