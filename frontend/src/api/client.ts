import { createClient as createSSEClient } from 'graphql-sse';
import { cacheExchange, createClient, fetchExchange, mapExchange, subscriptionExchange, type Client, type CombinedError, type Operation } from 'urql';
import { acceptLanguage } from './acceptLanguage';
import { startupFetch } from './startup/startupFetch';

let requestLanguage: 'zh' | 'en' = 'zh';

/** The language the server is asked to answer in (LocaleProvider keeps it current). */
export function setRequestLanguage(language: 'zh' | 'en') {
  requestLanguage = language;
}

/** The language requests are sent in now. */
export function requestLanguageNow(): 'zh' | 'en' {
  return requestLanguage;
}

/** Operations whose UNAUTHENTICATED answer means "not logged in", not "session expired". */
const ANONYMOUS_OK = new Set(['Login', 'Viewer', 'Logout']);

function operationName(op: Operation): string | undefined {
  const def = op.query.definitions.find((d) => d.kind === 'OperationDefinition');
  return def && 'name' in def ? def.name?.value : undefined;
}

/** True when the server says the session is gone (expired, logged out elsewhere, revoked). */
export function isSessionExpired(error: CombinedError, op: Operation): boolean {
  return !ANONYMOUS_OK.has(operationName(op) ?? '') && error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/** Sends the browser to the login page, saying why and keeping where the user was. */
function toLoginAfterExpiry() {
  const { pathname, search } = window.location;
  if (pathname.startsWith('/login')) return;
  window.location.assign(`/login?expired=1&next=${encodeURIComponent(pathname + search)}`);
}

/**
 * The GraphQL client. Queries go as GET (cacheable, and the server accepts
 * them), mutations as POST. The session is the HttpOnly cookie set by `login`,
 * so the browser sends it on its own (same origin). Accept-Language tells the
 * server which half of its texts to send (review checks, score previews);
 * pages showing such texts re-run their query when the language changes
 * (see useLanguageContext). The first client of the page (startup: true)
 * takes the answers the start-up script already asked for (src/startup.ts).
 */
export function createApiClient(url = '/graphql', { startup = false } = {}): Client {
  // Subscriptions (live dashboards, dataChanged) over Server-Sent Events:
  // the graphql-sse protocol, one POST per subscription, the same cookie and
  // cross-site rules as every query.
  const sse = createSSEClient({
    url: () => new URL(url, window.location.href).toString(),
    credentials: 'same-origin',
    headers: () => ({ 'accept-language': acceptLanguage(requestLanguage) }),
    retryAttempts: 5,
  });
  return createClient({
    url,
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error, op) {
          if (isSessionExpired(error, op)) toLoginAfterExpiry();
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              const dispose = sse.subscribe(input, sink);
              return { unsubscribe: dispose };
            },
          };
        },
      }),
    ],
    preferGetMethod: 'within-url-limit',
    requestPolicy: 'cache-and-network',
    ...(startup ? { fetch: startupFetch } : {}),
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: {
        accept: 'application/graphql-response+json, application/json',
        'accept-language': acceptLanguage(requestLanguage),
      },
    }),
  });
}
