/**
 * The cockpit's code files (its page chunk and the chunks it imports that
 * the app's entry does not), named by the build: vite.config.ts writes their
 * names into the start-up script in place of this placeholder.
 */
const COCKPIT_CHUNKS = '__JIXIAO_COCKPIT_CHUNKS__';

/**
 * On the cockpit, asks for its code at once, beside the app's entry, instead
 * of after the entry has run (routes.tsx: preloadLandingPage): a modulepreload
 * fetches and compiles a module without running it.
 */
export function preloadCockpitCode() {
  if (COCKPIT_CHUNKS.startsWith('__')) return; // not built (tests, dev server)
  for (const file of COCKPIT_CHUNKS.split(',')) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = `/${file}`;
    document.head.appendChild(link);
  }
}
